import Testing

@testable import MarketData

@Suite("spx.csv and vix.csv rows")
struct PriceFileReaderTests {
    private func lines(_ reader: DatedFileReader<Double>, _ text: String, lenient: Bool = false) -> [String] {
        read(reader, text, lenient: lenient).issues.map(\.description)
    }

    @Test("a valid Yahoo file yields its closes with their lines and dates")
    func validYahoo() throws {
        let result = read(PriceFileReader.spx, Fixture.spxYahoo)
        #expect(result.issues.isEmpty)
        #expect(result.rows.map(\.value) == [4742.83, 4704.81, 4688.68])
        #expect(result.rows.map(\.line) == [2, 3, 4])
        #expect(result.rows.map(\.date) == [try Fixture.date("2024-01-02"), try Fixture.date("2024-01-03"), try Fixture.date("2024-01-04")])
    }

    @Test("Cboe's MM/DD/YYYY dates and Stooq's layout without Adj Close are read")
    func cboeAndStooq() throws {
        let vix = read(PriceFileReader.vix, Fixture.vixCboe)
        #expect(vix.issues.isEmpty)
        #expect(vix.rows.map(\.value) == [13.20, 14.04, 14.13])
        let stooq = read(PriceFileReader.spx, "Date,Open,High,Low,Close,Volume\r\n2024-01-02,4745.2,4754.33,4722.67,4742.83,2.2e9\r\n")
        #expect(stooq.rows.map(\.value) == [4742.83])
    }

    @Test("a non-numeric, zero or negative price is an error naming line and column; a missing Open is fine")
    func badPrices() {
        let text = """
            Date,Open,High,Low,Close
            2024-01-02,4745.20,4754.33,4722.67,abc
            2024-01-03,,4729.29,4699.71,4704.81
            2024-01-04,4697.42,4726.78,0,4688.68
            2024-01-05,4690.57,4721.49,4682.11,-4697.24
            2024-01-08,4703.70,4764.54,4699.82,"4,763.54"
            """
        #expect(lines(PriceFileReader.spx, text) == [
            "spx.csv:2: column Close: expected a price from 0.01 to 1000000, found \"abc\"",
            "spx.csv:4: column Low: expected a price from 0.01 to 1000000, found \"0\"",
            "spx.csv:5: column Close: expected a price from 0.01 to 1000000, found \"-4697.24\"",
            "spx.csv:6: column Close: expected a price from 0.01 to 1000000, found \"4,763.54\"",
        ])
    }

    @Test("inf and hexadecimal are not prices (nan is a missing value)", arguments: ["inf", "0x10", "1.2.3", "12 5"])
    func oddNumbers(text: String) {
        #expect(lines(PriceFileReader.vix, "Date,vix\n2024-01-02,\(text)\n") == [
            "vix.csv:2: column vix: expected a level from 0.01 to 1000, found \"\(text)\""
        ])
    }

    @Test("High below Low is an error on the High column, in the file's own spelling")
    func highBelowLow() {
        #expect(lines(PriceFileReader.vix, "DATE,OPEN,HIGH,LOW,CLOSE\n01/02/2024,13.21,13.00,13.10,13.05\n") == [
            "vix.csv:2: column HIGH: expected HIGH >= LOW (13.10), found 13.00"
        ])
    }

    @Test("a close outside [Low, High] is an error on the Close column")
    func closeOutsideRange() {
        let text = """
            Date,Open,High,Low,Close
            2024-01-02,4745.20,4754.33,4722.67,4760
            2024-01-03,4725.07,4729.29,4699.71,4699.70
            2024-01-04,4697.42,4726.78,4687.53,4726.78
            """
        #expect(lines(PriceFileReader.spx, text) == [
            "spx.csv:2: column Close: expected Close within [Low, High] = [4722.67, 4754.33], found 4760",
            "spx.csv:3: column Close: expected Close within [Low, High] = [4699.71, 4729.29], found 4699.70",
        ])
    }

    @Test("a row with several problems reports each of them")
    func severalProblems() {
        #expect(lines(PriceFileReader.spx, "Date,Open,High,Low,Close\n2024-13-02,x,4700,4710,4705\n") == [
            "spx.csv:2: column Date: expected a date as YYYY-MM-DD, MM/DD/YYYY or M/D/YYYY, found \"2024-13-02\"",
            "spx.csv:2: column Open: expected a price from 0.01 to 1000000, found \"x\"",
            "spx.csv:2: column High: expected High >= Low (4710), found 4700",
        ])
    }

    @Test("FRED's . and empty values are rows with no value, counted in one note, not errors")
    func fredNoValue() throws {
        let text = "observation_date,SP500\n2024-01-01,.\n2024-01-02,4742.83\n2024-01-03,\n2024-01-04,4688.68\n"
        let result = read(PriceFileReader.spx, text)
        #expect(result.issues.isEmpty)
        #expect(result.rows.map(\.value) == [4742.83, 4688.68])
        #expect(result.rows.map(\.line) == [3, 5])
        #expect(result.notes == ["spx.csv: 2 dates without a value: 1 NYSE holiday, 1 session (2024-01-03)"])
    }

    @Test("a . means no value in Date,vix too, and a row with a bad date is reported")
    func dotOutsideFRED() {
        #expect(lines(PriceFileReader.vix, "Date,vix\n2024-01-01,.\n2024-01-02,13.2\n") == [])
        #expect(lines(PriceFileReader.vix, "DATE,VIXCLS\n2024-02-30,.\n") == [
            "vix.csv:2: column DATE: expected a date as YYYY-MM-DD, MM/DD/YYYY or M/D/YYYY, found \"2024-02-30\""
        ])
    }

    @Test("lenient mode skips bad rows with one warning each and keeps the rest")
    func lenientRows() {
        let text = "Date,Close\n2024-01-02,4742.83\n2024-01-03,abc\n2024-01-04,4688.68\n"
        let result = read(PriceFileReader.spx, text, lenient: true)
        #expect(result.issues == [
            DataIssue(
                file: "spx.csv", line: 3, column: "Close", message: "expected a price from 0.01 to 1000000, found \"abc\"; row skipped",
                severity: .warning)
        ])
        #expect(result.rows.map(\.value) == [4742.83, 4688.68])
    }
}
