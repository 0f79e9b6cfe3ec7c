import TestSupport
import Testing

@Suite struct GoldenFileTests {
    @Test func firstDifferenceNamesTheLine() {
        #expect(TextDifference.first("a\nb\nc", "a\nB\nc") == "line 2: expected b but got B")
        #expect(TextDifference.first("a\n", "a\nextra") == "line 2: expected  but got extra")
        #expect(TextDifference.first("a", "a\nb") == "line 2: expected <end of file> but got b")
    }
}
