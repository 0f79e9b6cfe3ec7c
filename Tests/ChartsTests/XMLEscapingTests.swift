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
