import struct MarketData.SplitMix64
import TestSupport
import Testing

@testable import Charts

@Suite struct XMLEscapingTests {
    @Test func textEscapesMarkupCharacters() {
        #expect(XMLEscaping.text(#"<script>&"'"#) == #"&lt;script&gt;&amp;"'"#)
    }

    @Test func attributeEscapesQuotesToo() {
        #expect(XMLEscaping.attribute(#"<a href="x">&'"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;")
    }

    @Test func controlCharactersAreDroppedAndLineBreaksBecomeSpaces() {
        #expect(XMLEscaping.text("a\u{0}b\u{1B}c\nd\r\ne\tf\u{FFFE}") == "abc d  e f")
    }

    @Test func nonASCIITextIsKept() {
        #expect(XMLEscaping.text("K₀ − 3 % · é 📉") == "K₀ − 3 % · é 📉")
    }
}

@Suite struct XMLEscapingAgreementTests {
    /// Generated text, short and long, escapes exactly as the scalar-by-scalar definition does.
    @Test(arguments: 0..<4)
    func agreesWithTheScalarDefinition(seed: Int) {
        var random = SplitMix64(seed: 2_000 + UInt64(seed))
        var mismatches: [String] = []
        for _ in 0..<1_500 {
            var text = random.awkwardText()
            if random.integer(in: 0...2) == 0 { text += random.awkwardText() + random.awkwardText() }
            if XMLEscaping.text(text) != Reference.escape(text, quotes: false)
                || XMLEscaping.attribute(text) != Reference.escape(text, quotes: true)
            {
                mismatches.append(text.debugDescription)
            }
        }
        #expect(mismatches.count == 0, "first mismatches: \(mismatches.prefix(3))")
    }

    /// The scan tests eight bytes at a time: a character that needs escaping is found at every
    /// offset of a long run, and characters whose encoding starts like U+FFFE's are kept.
    @Test(arguments: ["&", "<", ">", "\"", "'", "\n", "\u{1}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{F000}", "\u{EFFF}", "−"])
    func markupIsFoundAtEveryOffset(special: String) {
        for offset in 0..<24 {
            let text = String(repeating: "a", count: offset) + special + String(repeating: "0", count: 24 - offset)
            #expect(XMLEscaping.text(text) == Reference.escape(text, quotes: false), "offset \(offset)")
            #expect(XMLEscaping.attribute(text) == Reference.escape(text, quotes: true), "offset \(offset)")
        }
    }
}
