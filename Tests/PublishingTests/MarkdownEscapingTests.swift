import MarketData
import TestSupport
import Testing

@testable import Publishing

@Suite("Markdown and HTML escaping")
struct MarkdownEscapingTests {
    @Test("hostile text stays literal after a round trip through cmark-gfm", arguments: [
        "<script>alert(1)</script>", "*not emphasis* and _this_", "[link](http://x)", "see www.example.com", "# heading", "- item",
        "1. item", "a | b", "~~strike~~", "`code`", "&amp; entity", "> quote", "===", "back\\slash",
    ])
    func roundTrip(text: String) throws {
        let html = try MarkdownRenderer.html(from: "Event: " + MarkdownEscaping.escape(text) + "\n")
        #expect(html == "<p>Event: " + HTMLEscaping.escape(text).replacingOccurrences(of: "&#39;", with: "'") + "</p>\n")
        let alone = try MarkdownRenderer.html(from: MarkdownEscaping.escape(text) + "\n")
        #expect(alone == "<p>" + HTMLEscaping.escape(text) + "</p>\n")
    }

    @Test("numbers stay readable")
    func numbers() {
        #expect(MarkdownEscaping.escape("4,512.30") == "4,512.30")
        #expect(MarkdownEscaping.escape("-0.35") == "-0.35")
        #expect(MarkdownEscaping.escape("+2.52 (+0.05 %)") == "+2.52 (+0.05 %)")
        #expect(MarkdownEscaping.escape("12. Item") == "12\\. Item")
    }

    @Test("HTML escaping covers the five special characters")
    func html() {
        #expect(HTMLEscaping.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}

@Suite("Markdown escaping fast path")
struct MarkdownEscapingFastPathTests {
    @Test("the quick scan never skips text the full escaper would change", arguments: 0..<400)
    func fastPathAgreesWithEscaper(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &+ 1_000 &+ 0x9E37_79B9_7F4A_7C15)
        let alphabet = Array("ab w.W1234567890-+#>*=)( :_[]<&|~`\\\t,%é–\n")
        let length = random.below(12)
        let text = String((0..<length).map { _ in alphabet[random.below(alphabet.count)] })
        if !MarkdownEscaping.needsEscaping(text) {
            #expect(MarkdownEscaping.escapeAll(text) == text, "\(text.debugDescription)")
        }
    }
}
