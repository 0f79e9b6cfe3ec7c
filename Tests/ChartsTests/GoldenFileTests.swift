import Testing

@Suite struct GoldenFileTests {
    @Test func firstDifferenceNamesTheLine() {
        #expect(GoldenFile.firstDifference("a\nb\nc", "a\nB\nc") == "line 2: expected b but got B")
        #expect(GoldenFile.firstDifference("a\n", "a\nextra") == "line 2: expected  but got extra")
        #expect(GoldenFile.firstDifference("a", "a\nb") == "line 2: expected <end of file> but got b")
    }
}
