import Testing

@testable import MarketData

@Suite("CSVTable")
struct CSVTableTests {
    @Test("header and rows keep their physical line numbers")
    func lineNumbers() {
        let table = CSVTable(text: "Date,Close\n2024-01-02,1\n2024-01-03,2\n")
        #expect(table.header == CSVTable.Row(line: 1, fields: ["Date", "Close"]))
        #expect(table.rows == [.init(line: 2, fields: ["2024-01-02", "1"]), .init(line: 3, fields: ["2024-01-03", "2"])])
    }

    @Test("a UTF-8 byte order mark is not part of the first header field")
    func byteOrderMark() {
        let table = CSVTable(text: "\u{FEFF}Date,Close\n2024-01-02,1\n")
        #expect(table.header?.fields == ["Date", "Close"])
    }

    @Test("CRLF line ends are read like LF")
    func crlf() {
        let table = CSVTable(text: "Date,Close\r\n2024-01-02,1\r\n2024-01-03,2\r\n")
        #expect(table.rows.map(\.fields) == [["2024-01-02", "1"], ["2024-01-03", "2"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test("quoted fields may hold commas, quotes and line breaks, and later lines still count right")
    func quotedFields() {
        let text = "Date,Event\n\"2024-01-31\",\"FOMC, day 2\"\n2024-02-01,\"say \"\"hi\"\"\nthere\"\n2024-02-02,Last\n"
        let table = CSVTable(text: text)
        #expect(table.rows.map(\.fields) == [["2024-01-31", "FOMC, day 2"], ["2024-02-01", "say \"hi\"\nthere"], ["2024-02-02", "Last"]])
        #expect(table.rows.map(\.line) == [2, 3, 5])
    }

    @Test("a CRLF inside a quoted field counts as one line break")
    func crlfInsideQuotes() {
        let table = CSVTable(text: "Date,Event\r\n2024-01-31,\"a\r\nb\"\r\n2024-02-01,c\r\n")
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test("blank lines, trailing or in between, are dropped but still counted")
    func blankLines() {
        let table = CSVTable(text: "Date,Close\n\n2024-01-02,1\n  \n2024-01-03,2\n\n\n")
        #expect(table.rows.map(\.line) == [3, 5])
    }

    @Test("spaces around fields are trimmed")
    func trimming() {
        let table = CSVTable(text: " Date , Close \n 2024-01-02 , 1 \n")
        #expect(table.header?.fields == ["Date", "Close"])
        #expect(table.rows.first?.fields == ["2024-01-02", "1"])
    }

    @Test("an empty text has no header and no rows")
    func empty() {
        let table = CSVTable(text: "\n\n")
        #expect(table.header == nil)
        #expect(table.rows.isEmpty)
    }
}
