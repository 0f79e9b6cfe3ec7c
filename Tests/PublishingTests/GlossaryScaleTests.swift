import Foundation
import MarketData
import TestSupport
import Testing

@testable import Publishing

/// The linker's rules applied the obvious way, slow (names × text) but plainly right.
///
/// At each word start, every name of every term not yet seen is compared byte by byte, longest first.
struct ReferenceGlossaryLinker {
    private let names: [UInt8: [(bytes: [UInt8], slug: String)]]

    init(targets: [GlossaryLinkTarget]) {
        var all: [(bytes: [UInt8], slug: String)] = []
        for target in targets {
            for name in target.names { all.append((GlossaryLinker.fold(name), target.slug)) }
        }
        // A stable sort: longest first, then in the order given.
        let ordered = all.enumerated().sorted {
            $0.element.bytes.count != $1.element.bytes.count
                ? $0.element.bytes.count > $1.element.bytes.count : $0.offset < $1.offset
        }
        names = Dictionary(grouping: ordered.map(\.element), by: { $0.bytes.first ?? 0 })
    }

    /// The (linked text, slug) pairs for plain text of one paragraph, in order.
    func links(in text: String) -> [(text: String, slug: String)] {
        let original = Array(text.utf8)
        let folded = GlossaryLinker.fold(text)
        let isWord = GlossaryLinker.wordMask(text)
        var seen = Set<String>()
        var result: [(text: String, slug: String)] = []
        var index = 0
        while index < folded.count {
            guard isWord[index], index == 0 || !isWord[index - 1] else {
                index += 1
                continue
            }
            let match = names[folded[index]]?.first { name in
                let end = index + name.bytes.count
                return end <= folded.count && folded[index..<end].elementsEqual(name.bytes)
                    && (end == folded.count || !isWord[end]) && !seen.contains(name.slug)
            }
            guard let match else {
                index += 1
                continue
            }
            let end = index + match.bytes.count
            result.append((String(decoding: original[index..<end], as: UTF8.self), match.slug))
            seen.insert(match.slug)
            index = end
        }
        return result
    }
}

@Suite("Glossary linker at scale")
struct GlossaryScaleTests {
    static let generated = GeneratedGlossary.terms(count: 10_000)
    /// The generated terms, plus short names that are prefixes of generated ones.
    static let targets =
        [
            GlossaryLinkTarget(slug: "vix", names: ["VIX"], summary: "Volatility index."),
            GlossaryLinkTarget(slug: "short-carry", names: ["Short carry", "short-carry"], summary: "Two words."),
            GlossaryLinkTarget(slug: "put", names: ["put"], summary: "One word."),
        ]
        + generated.map { GlossaryLinkTarget(slug: $0.slug, names: $0.names, summary: $0.summary) }

    /// The (link text, slug) pairs of a rendered paragraph.
    static func links(in html: String) throws -> [(text: String, slug: String)] {
        let pattern = try NSRegularExpression(pattern: "<a href=\"g/([a-z0-9-]+)\" title=\"[^\"]*\">([^<]*)</a>")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            guard let slug = Range(match.range(at: 1), in: html), let text = Range(match.range(at: 2), in: html) else {
                return nil
            }
            return (String(html[text]), String(html[slug]))
        }
    }

    @Test("10,000 generated terms: distinct names, slugs and valid names")
    func generatedTerms() {
        let terms = Self.generated
        #expect(terms.count == 10_000)
        #expect(Set(terms.map(\.slug)).count == 10_000)
        #expect(Set(terms.flatMap(\.names).map { $0.lowercased() }).count == 30_000)
        #expect(terms.flatMap(\.names).allSatisfy { GlossaryNameRules.problem(with: $0) == nil })
        #expect(GeneratedGlossary.terms(count: 10_000) == terms)
    }

    @Test("10,000 terms link on a page: first occurrence, longest match, whole words, any case")
    func exactPage() throws {
        let a = Self.generated[17], b = Self.generated[4_321], c = Self.generated[9_999]
        let text =
            "\(a.term.uppercased()) then \(a.aliases[0]); \(b.aliases[1])s and \(b.aliases[1]), "
            + "x\(c.term) and \(c.aliases[0]) with the VIX, a put."
        let document = try MarkdownDocument(parsing: text + "\n")
        let slugs = try GlossaryLinker(targets: Self.targets).link(document, file: "p.md", href: { "g/\($0)" })
        #expect(slugs == [a.slug, b.slug, c.slug, "vix", "put"])
        let links = try Self.links(in: try document.html())
        #expect(links.map(\.text) == [a.term.uppercased(), b.aliases[1], c.aliases[0], "VIX", "put"])
    }

    @Test("10,000 terms: the trie links exactly as the reference scan", arguments: 0..<4)
    func matchesReference(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &+ 0x9E37_79B9_7F4A_7C15)
        let fillers = ["the", "and", "VIX", "short", "carry", "put", "a", "rose", ",", ".", "—", "Short carry", "shortcarry"]
        var words: [String] = []
        for _ in 0..<400 {
            if random.below(3) == 0 {
                words.append(fillers[random.below(fillers.count)])
                continue
            }
            let term = Self.generated[random.below(300) * 33]
            let name = term.names[random.below(3)]
            switch random.below(4) {
            case 0: words.append(name.uppercased())
            case 1: words.append(String(name.split(separator: " ").dropLast().joined(separator: " ")))
            default: words.append(name)
            }
        }
        let text = words.joined(separator: " ")
        let document = try MarkdownDocument(parsing: text + "\n")
        let slugs = try GlossaryLinker(targets: Self.targets).link(document, file: "p.md", href: { "g/\($0)" })
        let html = try document.html()
        let expected = ReferenceGlossaryLinker(targets: Self.targets).links(in: text)
        let links = try Self.links(in: html)
        #expect(expected.count > 50)
        #expect(slugs == expected.map(\.slug))
        #expect(links.map(\.text) == expected.map(\.text))
        #expect(links.map(\.slug) == expected.map(\.slug))
    }
}
