import MarketData
import TestSupport
import Testing

@testable import Publishing

/// Generated texts for comparing the linker's byte-level reading with the plain definitions.
private enum GeneratedText {
    /// Pieces of text: ASCII words, points, digits, and non-ASCII letters, digits, punctuation and
    /// symbols of two, three and four bytes (letters such as é, θ, 中 and 𝛼 continue a word;
    /// –, — and 😀 end it; ½ and ٣ are digits).
    static let pieces = [
        "vix", "VIX", "Vix", "delta", "DELTA", "iron", "condor", "condors", "futures", "a", "b", "x", "2", "25", "0.5",
        ".", "..", ". ", " ", " ", " ", ",", ";", "/", "-", "(", ")", "'", "\"", "é", "É", "θ", "κ", "中", "𝛼", "–",
        "—", "😀", "½", "٣", "vix.csv", "café", "naïve", "Black–Scholes", "s", "ed", "ing", "_",
    ]

    /// A text of `count` random pieces joined without separators.
    static func text(_ count: Int, _ random: inout SplitMix64) -> String {
        (0..<count).map { _ in pieces[random.below(pieces.count)] }.joined()
    }
}

@Suite("Glossary text bytes")
struct GlossaryTextBytesTests {
    @Test("words and folding agree with the plain word mask and fold on generated texts", arguments: 0..<20)
    func matchesWordMask(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &+ 0x51_7CC1_B727_220A)
        for _ in 0..<50 {
            let text = GeneratedText.text(1 + random.below(30), &random)
            let mask = GlossaryLinker.wordMask(text)
            let folded = GlossaryLinker.fold(text)
            var utf8 = text
            utf8.withUTF8 { buffer in
                let bytes = GlossaryTextBytes(bytes: buffer)
                #expect((0..<bytes.count).map(bytes.isWord) == mask, "text: \(text)")
                #expect(buffer.map(GlossaryTextBytes.folded) == folded, "text: \(text)")
                for index in 0...bytes.count {
                    #expect(bytes.isWordEnd(index) == (index == mask.count || !mask[index]))
                }
            }
        }
    }

    /// Names that share prefixes, hold points, slashes and non-ASCII characters, or are one word
    /// of another.
    static let targets = [
        GlossaryLinkTarget(slug: "vix", names: ["VIX"], summary: "Index."),
        GlossaryLinkTarget(slug: "vix-futures", names: ["VIX futures", "vix future"], summary: "Futures."),
        GlossaryLinkTarget(slug: "iron-condor", names: ["iron condor", "iron condors"], summary: "Four legs."),
        GlossaryLinkTarget(slug: "delta", names: ["delta", "Δ"], summary: "Slope."),
        GlossaryLinkTarget(slug: "cafe", names: ["café", "CAFÉ θ"], summary: "Coffee."),
        GlossaryLinkTarget(slug: "theta", names: ["θ", "theta 2"], summary: "Time."),
        GlossaryLinkTarget(slug: "bsm", names: ["Black–Scholes", "black–scholes–merton"], summary: "Model."),
        GlossaryLinkTarget(slug: "half", names: ["½ point", "0.5"], summary: "Half."),
        GlossaryLinkTarget(slug: "file", names: ["vix.csv"], summary: "A file."),
        GlossaryLinkTarget(slug: "emoji", names: ["😀 smile"], summary: "Smile."),
        GlossaryLinkTarget(slug: "cjk", names: ["中 vix"], summary: "Mixed."),
        GlossaryLinkTarget(slug: "iron-2", names: ["iron"], summary: "Metal."),
    ]

    /// Words for paragraphs: names, parts and variants of names, and characters around them. No
    /// Markdown syntax, so a paragraph is one text run.
    static let words = [
        "VIX", "vix", "Vix", "futures", "future", "iron", "condor", "condors", "IRON CONDOR", "delta", "Δ", "δ",
        "café", "CAFÉ", "Café", "θ", "θ2", "theta", "2", "Black–Scholes", "black–scholes–merton", "–merton", "½",
        "point", "0.5", "0.55", "vix.csv", "vix.csvs", "😀", "smile", "😀smile", "中", "中vix", "the", ",", ".", ";",
        "—", "(", ")", "é", "x", "ed",
    ]

    @Test("the linker links exactly as the reference scan on generated paragraphs", arguments: 0..<30)
    func matchesReference(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &+ 0x2545_F491_4F6C_DD1D)
        var text = "Text"
        for _ in 0..<(20 + random.below(50)) {
            let word = Self.words[random.below(Self.words.count)]
            text += (random.below(4) == 0 ? "" : " ") + word
        }
        let document = try MarkdownDocument(parsing: text + "\n")
        let slugs = try GlossaryLinker(targets: Self.targets).link(document, file: "p.md", href: { "g/\($0)" })
        let expected = ReferenceGlossaryLinker(targets: Self.targets).links(in: text)
        let links = try GlossaryScaleTests.links(in: try document.html())
        #expect(slugs == expected.map(\.slug), "text: \(text)")
        #expect(links.map(\.text) == expected.map(\.text), "text: \(text)")
        #expect(links.map(\.slug) == expected.map(\.slug), "text: \(text)")
    }

    @Test("a run with `[[` but no explicit link is linked as plain text")
    func bracketsWithoutLink() throws {
        let document = try MarkdownDocument(parsing: "Text [[ vix and [[ more\n")
        let slugs = try GlossaryLinker(targets: Self.targets).link(document, file: "p.md", href: { "g/\($0)" })
        #expect(slugs == ["vix"])
        #expect(try document.html() == "<p>Text [[ <a href=\"g/vix\" title=\"Index.\">vix</a> and [[ more</p>\n")
    }
}
