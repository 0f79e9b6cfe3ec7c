import Testing

@testable import MarketData

@Suite("Error cap and message escaping")
struct IssueCapTests {
    /// An spx.csv with `count` rows whose close is not a number, on successive days from 1995-01-02.
    private func badSPX(rows count: Int) -> String {
        let start = CalendarDate(year: 1995, month: 1, day: 2)!
        return "Date,Close\n" + (0..<count).map { "\(start.adding(days: $0).iso),abc" }.joined(separator: "\n") + "\n"
    }

    @Test("a file's errors stop at 50, then one line counts the rest, then one line counts the rows with errors")
    func errorCap() {
        let lines = issueLines(Fixture.files(["spx.csv": badSPX(rows: 120)]))
        #expect(lines.count == 52)
        #expect(lines[0] == "spx.csv:2: column Close: expected a price from 0.01 to 1000000, found \"abc\"")
        #expect(lines[49] == "spx.csv:51: column Close: expected a price from 0.01 to 1000000, found \"abc\"")
        #expect(lines[50] == "spx.csv: and 70 more errors")
        #expect(lines[51] == "spx.csv: 120 rows with errors; fix them")
        #expect(issues(Fixture.files(["spx.csv": badSPX(rows: 120)])).last?.reason == .rowsWithErrors(count: 120))
    }

    @Test("exactly 50 errors need no closing count")
    func exactlyFifty() {
        let lines = issueLines(Fixture.files(["spx.csv": badSPX(rows: 50)]))
        #expect(lines.count == 51)
        #expect(!lines.contains { $0.contains("more errors") })
    }

    @Test("lenient warnings are capped the same way")
    func warningCap() {
        let spx = badSPX(rows: 60) + "2024-01-02,4742.83\n2024-01-03,4704.81\n"
        let data = try? MarketDataLoader.load(contents: Fixture.files(["spx.csv": spx]), lenient: true)
        let lines = data?.warnings.map(\.description) ?? []
        #expect(lines.count == 51)
        #expect(lines.last == "spx.csv: and 10 more warnings")
        #expect(data?.notes.contains(DataNote("spx.csv: 60 rows with errors skipped", reason: .rowsSkipped(count: 60))) == true)
    }

    @Test("plausibility warnings are capped per file too")
    func plausibilityCap() throws {
        let start = CalendarDate(year: 2010, month: 1, day: 4)!
        let days = (0..<80).map { start.adding(days: $0) }
        let spx = "Date,Close\n" + days.map { "\($0.iso),1000" }.joined(separator: "\n")
        let vix = "Date,vix\n" + days.map { "\($0.iso),3" }.joined(separator: "\n")
        let data = try MarketDataLoader.load(contents: ["spx.csv": spx, "vix.csv": vix])
        #expect(data.warnings.count == 51)
        #expect(data.warnings.last?.description == "vix.csv: and 30 more warnings")
    }

    @Test("control bytes, escapes and bidi overrides from a file are written visibly")
    func escaping() {
        let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2J\0\u{7F}\u{9B}\u{202E}evil\u{2066}"
        let lines = issueLines(Fixture.files(["vix.csv": "Date,vix\n2024-01-02,\"\(hostile)\"\n"]))
        #expect(lines.first
            == "vix.csv:2: column vix: expected a level from 0.01 to 1000, found "
            + "\"\\u{1B}]0;owned\\u{7}\\u{1B}[2J\\u{0}\\u{7F}\\u{9B}\\u{202E}evil\\u{2066}\"")
        #expect(lines.allSatisfy { line in !line.unicodeScalars.contains(where: DisplayText.needsEscape) })
    }

    @Test("a long value is cut to 80 characters with its length; the file, line and column stay")
    func truncation() {
        let long = String(repeating: "9", count: 1_000_000) + "x"
        let lines = issueLines(Fixture.files(["vix.csv": "Date,vix\n2024-01-02,\(long)\n"]))
        #expect(lines.first
            == "vix.csv:2: column vix: expected a level from 0.01 to 1000, found \"\(String(repeating: "9", count: 80))…\" (1000001 characters)")
        #expect(DisplayText.quoted(String(repeating: "a", count: 80)) == "\"\(String(repeating: "a", count: 80))\"")
    }

    @Test("hostile header names are escaped and cut in header errors and column names")
    func hostileHeader() {
        let header = "Date,\u{1B}[31mClose" + String(repeating: "x", count: 200)
        let lines = issueLines(Fixture.files(["spx.csv": "\(header)\n2024-01-02,1\n"]))
        #expect(lines.first?.hasPrefix("spx.csv:1: unknown header \"Date,\\u{1B}[31mClose") == true)
        #expect(lines.first?.contains("…\" (\(header.unicodeScalars.count) characters): expected") == true)
    }

    @Test("grouped counts")
    func grouped() {
        #expect(Counting.grouped(3_880_000) == "3,880,000")
        #expect(Counting.grouped(999) == "999")
        #expect(Counting.phrase(1, "row", "rows") == "1 row")
    }
}
