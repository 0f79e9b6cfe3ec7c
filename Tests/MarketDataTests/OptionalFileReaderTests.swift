import Testing

@testable import MarketData

@Suite("Optional files")
struct OptionalFileReaderTests {
    @Test("breadth.csv: counts are read; negative, fractional or non-numeric counts are errors")
    func breadth() {
        let valid = read(BreadthFileReader.reader, "Date,Advances,Declines\n2024-01-02,1820,1210\n2024-01-03,0,3050\n")
        #expect(valid.issues.isEmpty)
        #expect(valid.rows.map(\.value) == [BreadthCounts(advances: 1820, declines: 1210), BreadthCounts(advances: 0, declines: 3050)])
        let invalid = read(BreadthFileReader.reader, "date,advances,declines\n2024-01-02,-5,x\n2024-01-03,1.5,7\n")
        #expect(invalid.issues.map(\.description) == [
            "breadth.csv:2: column advances: expected a whole number from 0 to 100000, found \"-5\"",
            "breadth.csv:2: column declines: expected a whole number from 0 to 100000, found \"x\"",
            "breadth.csv:3: column advances: expected a whole number from 0 to 100000, found \"1.5\"",
        ])
    }

    @Test("rates.csv: Rate takes zero and negatives within [-10, 100]; dots and empty fields mean no value")
    func rates() {
        let plain = read(RatesFileReader.reader, "Date,Rate\n2014-01-02,0.00\n2014-01-03,-0.01\n2014-01-06,5.25\n")
        #expect(plain.issues.isEmpty)
        #expect(plain.rows.map(\.value) == [0, -0.01, 5.25])
        let fred = read(RatesFileReader.reader, "DATE,DTB3\n2024-01-01,.\n2024-01-02,5.23\n")
        #expect(fred.rows.map(\.value) == [5.23])
        #expect(fred.notes == ["rates.csv: 1 date without a value, an NYSE holiday"])
        let invalid = read(RatesFileReader.reader, "Date,Rate\n2024-01-02,5.2%\n2024-01-03,\n2024-01-04,-150\n")
        #expect(invalid.issues.map(\.description) == [
            "rates.csv:2: column Rate: expected an annual percent from -10 to 100, found \"5.2%\"",
            "rates.csv:4: column Rate: expected an annual percent from -10 to 100, found \"-150\"",
        ])
        #expect(invalid.notes == ["rates.csv: 1 date without a value: 1 session (2024-01-03)"])
    }

    @Test("events.csv: Kind is optional (OTHER), case-insensitive, and rows may share dates in any order")
    func events() throws {
        let text = "Date,Event,Kind\n2024-01-31,FOMC decision,fomc\n2024-01-11,CPI release,CPI\n2024-01-11,Jobless claims,\n"
        let result = read(EventsFileReader.reader, text)
        #expect(result.issues.isEmpty)
        #expect(result.rows.map(\.value.name) == ["FOMC decision", "CPI release", "Jobless claims"])
        #expect(result.rows.map(\.value.kind) == [.fomc, .cpi, .other])
        let withoutKind = read(EventsFileReader.reader, "Date,Event\n2024-02-14,\"PPI, January\"\n")
        #expect(withoutKind.rows.map(\.value.kind) == [.other])
        #expect(withoutKind.rows.map(\.value.name) == ["PPI, January"])
    }

    @Test("events.csv: an unknown kind is an error, an empty name a row without a value; a header alone is an empty calendar")
    func eventErrors() {
        let result = read(EventsFileReader.reader, "Date,Event,Kind\n2024-02-02,Payrolls,NFP\n2024-02-03,,CPI\n")
        #expect(result.issues.map(\.description) == [
            "events.csv:2: column Kind: expected one of FOMC, CPI, PPI, OTHER, found \"NFP\""
        ])
        #expect(result.notes == ["events.csv: 1 date without a value: 1 weekend day"])
        let empty = read(EventsFileReader.reader, "Date,Event,Kind\n")
        #expect(empty.issues.isEmpty)
        #expect(empty.rows.isEmpty)
    }

    @Test("vix_futures.csv: VX1 is required per row, VX2 optional and may be empty")
    func vixFutures() {
        let result = read(VIXFuturesFileReader.reader, "Date,VX1,VX2\n2024-01-02,14.10,15.30\n2024-01-03,14.55,\n")
        #expect(result.issues.isEmpty)
        #expect(result.rows.map(\.value) == [VIXFuturesQuote(vx1: 14.10, vx2: 15.30), VIXFuturesQuote(vx1: 14.55, vx2: nil)])
        let frontOnly = read(VIXFuturesFileReader.reader, "Date,VX1\n2024-01-02,14.10\n")
        #expect(frontOnly.rows.map(\.value) == [VIXFuturesQuote(vx1: 14.10, vx2: nil)])
        let invalid = read(VIXFuturesFileReader.reader, "Date,VX1,VX2\n2024-01-02,,15.3\n2024-01-03,14.2,0\n")
        #expect(invalid.issues.map(\.description) == [
            "vix_futures.csv:3: column VX2: expected a level from 0.01 to 1000, found \"0\""
        ])
        #expect(invalid.notes == ["vix_futures.csv: 1 date without a value: 1 session (2024-01-02)"])
    }

    @Test("optional files are checked for empty files and date order like the price files")
    func sharedChecks() {
        #expect(read(BreadthFileReader.reader, "").issues.map(\.description) == [
            "breadth.csv: empty file: expected a header row and at least one data row"
        ])
        #expect(read(RatesFileReader.reader, "Date,Rate\n").issues.map(\.description) == [
            "rates.csv:1: empty file: expected at least one data row below the header, found none"
        ])
        #expect(read(VIXFuturesFileReader.reader, "Date,VX1\n2024-01-03,14\n2024-01-02,14\n2024-01-04,14\n").issues.map(\.description) == [
            "vix_futures.csv:3: column Date: expected a date after 2024-01-03 (line 2), found 2024-01-02"
        ])
    }
}
