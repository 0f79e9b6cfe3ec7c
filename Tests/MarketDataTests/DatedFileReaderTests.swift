import Testing

@testable import MarketData

@Suite("Shared file checks")
struct DatedFileReaderTests {
    private func lines(_ text: String, lenient: Bool = false) -> [String] {
        read(PriceFileReader.spx, text, lenient: lenient).issues.map(\.description)
    }

    @Test("an empty file, or one of blank lines, is one error without a line")
    func emptyFile() {
        #expect(lines("") == ["spx.csv: empty file: expected a header row and at least one data row"])
        #expect(lines("\r\n\r\n") == ["spx.csv: empty file: expected a header row and at least one data row"])
        #expect(lines("\u{FEFF}") == ["spx.csv: empty file: expected a header row and at least one data row"])
    }

    @Test("a header without rows is an empty file, pointing at the header line")
    func headerOnly() {
        #expect(lines("Date,Close\n\n") == ["spx.csv:1: empty file: expected at least one data row below the header, found none"])
    }

    @Test("a row with too few or too many fields is an error naming both counts")
    func fieldCount() {
        #expect(lines("Date,Open,High,Low,Close\n2024-01-02,1,2,1\n2024-01-03,4,763.54,4,5,4.5\n") == [
            "spx.csv:2: expected 5 fields as in the header, found 4",
            "spx.csv:3: expected 5 fields as in the header, found 6",
        ])
    }

    @Test("an unreadable date names the accepted styles")
    func badDate() {
        #expect(lines("Date,Close\n2024/01/02,1\n") == [
            "spx.csv:2: column Date: expected a date as YYYY-MM-DD, MM/DD/YYYY or M/D/YYYY, found \"2024/01/02\""
        ])
    }

    @Test("a duplicate date points at its first line")
    func duplicateDate() {
        #expect(lines("Date,Close\n2024-01-02,1\n2024-01-03,2\n01/03/2024,2\n") == [
            "spx.csv:4: column Date: expected each date once, found 2024-01-03 again (first on line 3)"
        ])
    }

    @Test("a date earlier than the row above is an order error, one per row that goes back")
    func outOfOrder() {
        let text = "Date,Close\n2024-01-02,1\n2024-01-05,2\n2024-01-03,3\n2024-01-04,4\n2024-01-08,5\n2024-01-01,6\n"
        #expect(lines(text) == [
            "spx.csv:4: column Date: expected a date after 2024-01-05 (line 3), found 2024-01-03",
            "spx.csv:7: column Date: expected a date after 2024-01-08 (line 6), found 2024-01-01",
        ])
        #expect(lines("Date,Close\n2024-01-03,1\n2024-01-02,2\n") == [
            "spx.csv:3: column Date: expected a date after 2024-01-03 (line 2), found 2024-01-02"
        ])
    }

    @Test("a file sorted newest first is a single order error")
    func newestFirst() {
        let text = "Date,Close\n2024-01-05,1\n2024-01-04,2\n2024-01-03,3\n2024-01-02,4\n"
        #expect(lines(text) == [
            "spx.csv:3: column Date: expected dates oldest first, found them newest first (2024-01-05 on line 2, then 2024-01-04); sort the file by date"
        ])
    }

    @Test("lenient mode still refuses structural problems but skips duplicates")
    func lenientStructure() {
        let order = read(PriceFileReader.spx, "Date,Close\n2024-01-03,1\n2024-01-02,2\n2024-01-04,3\n", lenient: true)
        #expect(order.issues.map(\.description) == ["spx.csv:3: column Date: expected a date after 2024-01-03 (line 2), found 2024-01-02"])
        #expect(order.issues.map(\.isError) == [true])
        let header = read(PriceFileReader.spx, "When,Close\n2024-01-03,1\n", lenient: true)
        #expect(header.issues.map(\.isError) == [true])
        #expect(read(PriceFileReader.spx, "", lenient: true).issues.map(\.isError) == [true])
        let duplicate = read(PriceFileReader.spx, "Date,Close\n2024-01-02,1\n2024-01-02,2\n", lenient: true)
        #expect(duplicate.issues.map(\.description) == [
            "spx.csv:3: column Date: expected each date once, found 2024-01-02 again (first on line 2); row skipped"
        ])
        #expect(duplicate.issues.map(\.severity) == [.warning])
        #expect(duplicate.rows.map(\.value) == [1])
    }

    @Test("line numbers stay physical across quoted line breaks, blank lines and CRLF")
    func physicalLines() {
        let text = "\u{FEFF}\"Date\",\"Close\"\r\n\r\n\"2024-01-02\",\"4742.83\"\r\n\"2024-01-03\",\"x\r\ny\"\r\n2024-01-04,bad\r\n\r\n"
        #expect(lines(text) == [
            "spx.csv:4: column Close: expected a price from 0.01 to 1000000, found \"x\\u{D}\\u{A}y\"",
            "spx.csv:6: column Close: expected a price from 0.01 to 1000000, found \"bad\"",
        ])
    }
}
