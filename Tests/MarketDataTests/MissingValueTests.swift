import Testing

@testable import MarketData

/// One layout of one input file: its header, a row with every value column missing (`%`), and a
/// valid row on the next session.
struct LayoutSample: Sendable, CustomTestStringConvertible {
    var file: String
    var header: String
    var missingRow: String
    var validRow: String

    var testDescription: String { "\(file) \(header)" }

    /// The file text with `token` in every value column of the holiday row (2024-01-01).
    func text(missing token: String) -> String {
        "\(header)\r\n\(missingRow.replacingOccurrences(of: "%", with: token))\r\n\(validRow)\r\n"
    }

    /// Every layout of every file (SPEC §2).
    static let all: [LayoutSample] = [
        .init(file: "spx.csv", header: "Date,Open,High,Low,Close,Adj Close,Volume", missingRow: "2024-01-01,%,%,%,%,%,%",
              validRow: "2024-01-02,4745.20,4754.33,4722.67,4742.83,4742.83,3743050000"),
        .init(file: "spx.csv", header: "Date,Open,High,Low,Close,Volume", missingRow: "2024-01-01,%,%,%,%,%",
              validRow: "2024-01-02,4745.20,4754.33,4722.67,4742.83,3743050000"),
        .init(file: "spx.csv", header: "DATE,SP500", missingRow: "2024-01-01,%", validRow: "2024-01-02,4742.83"),
        .init(file: "spx.csv", header: "observation_date,SP500", missingRow: "2024-01-01,%", validRow: "2024-01-02,4742.83"),
        .init(file: "vix.csv", header: "DATE,OPEN,HIGH,LOW,CLOSE", missingRow: "01/01/2024,%,%,%,%",
              validRow: "01/02/2024,13.21,14.23,13.10,13.20"),
        .init(file: "vix.csv", header: "DATE,VIXCLS", missingRow: "2024-01-01,%", validRow: "2024-01-02,13.20"),
        .init(file: "vix.csv", header: "observation_date,VIXCLS", missingRow: "2024-01-01,%", validRow: "2024-01-02,13.20"),
        .init(file: "vix.csv", header: "Date,vix", missingRow: "2024-01-01,%", validRow: "2024-01-02,13.20"),
        .init(file: "breadth.csv", header: "Date,Advances,Declines", missingRow: "2024-01-01,%,%", validRow: "2024-01-02,1820,1210"),
        .init(file: "rates.csv", header: "Date,Rate", missingRow: "2024-01-01,%", validRow: "2024-01-02,5.23"),
        .init(file: "rates.csv", header: "DATE,DTB3", missingRow: "2024-01-01,%", validRow: "2024-01-02,5.23"),
        .init(file: "events.csv", header: "Date,Event,Kind", missingRow: "2024-01-01,%,%", validRow: "2024-01-02,CPI release,CPI"),
        .init(file: "vix_futures.csv", header: "Date,VX1,VX2", missingRow: "2024-01-01,%,%", validRow: "2024-01-02,14.10,15.30"),
    ]
}

/// Loads `files` over the fixture's required files and returns the notes, or the issues when it fails.
private func notesOrIssues(_ files: [String: String]) -> (notes: [String], issues: [String]) {
    do {
        let data = try MarketDataLoader.load(contents: Fixture.files(files))
        return (data.notes.map(\.text), data.warnings.map(\.description))
    } catch let error as DataValidationError {
        return ([], error.issues.map(\.description))
    } catch {
        return ([], ["\(error)"])
    }
}

@Suite("Missing values")
struct MissingValueTests {
    static let tokens = [".", "", "NA", "N/A", "#N/A", "null", "NaN", "na", "n/a", "#n/a", "NULL", "Null", "nan", "NAN"]

    @Test("every missing-value token in every layout of every file is a date without a value, noted once",
          arguments: LayoutSample.all)
    func everyLayout(layout: LayoutSample) throws {
        for token in Self.tokens {
            let (notes, issues) = notesOrIssues([layout.file: layout.text(missing: token)])
            #expect(issues == [], "token \(token)")
            #expect(notes.filter { $0.hasPrefix(layout.file) && $0.contains("without a value") }
                == ["\(layout.file): 1 date without a value, an NYSE holiday"], "token \(token)")
        }
    }

    @Test("the token is matched whole: a value that merely contains one is an error")
    func wholeToken() {
        let (_, issues) = notesOrIssues(["vix.csv": "Date,vix\n2024-01-02,NA.\n2024-01-03,14.04\n"])
        #expect(issues.first == "vix.csv:2: column vix: expected a level from 0.01 to 1000, found \"NA.\"")
    }

    @Test("OHLC: a missing close is no value; a missing open, high or low beside a close is fine")
    func partialOHLC() throws {
        let spx = """
            Date,Open,High,Low,Close
            2024-01-02,4745.20,4754.33,4722.67,null
            2024-01-03,null,null,null,4704.81
            2024-01-04,,4726.78,4687.53,4688.68

            """
        let result = read(PriceFileReader.spx, spx)
        #expect(result.issues.isEmpty)
        #expect(result.rows.map(\.value) == [4704.81, 4688.68])
        #expect(result.notes == ["spx.csv: 1 date without a value: 1 session (2024-01-02)"])
    }

    @Test("breadth needs both counts; VX2 and Kind may be missing alone")
    func partialOptional() {
        let breadth = read(BreadthFileReader.reader, "Date,Advances,Declines\n2024-01-02,1820,NA\n2024-01-03,1700,1300\n")
        #expect(breadth.rows.map(\.value) == [BreadthCounts(advances: 1700, declines: 1300)])
        #expect(breadth.notes == ["breadth.csv: 1 date without a value: 1 session (2024-01-02)"])
        let futures = read(VIXFuturesFileReader.reader, "Date,VX1,VX2\n2024-01-02,14.1,#N/A\n")
        #expect(futures.rows.map(\.value) == [VIXFuturesQuote(vx1: 14.1, vx2: nil)])
        let events = read(EventsFileReader.reader, "Date,Event,Kind\n2024-01-02,Auction,null\n")
        #expect(events.rows.map(\.value.kind) == [.other])
    }

    @Test("the note sorts dates into holidays, weekends and sessions, naming at most three sessions")
    func noteKinds() {
        let rows = ["2015-01-01", "2015-12-25", "2015-03-07", "2015-03-02", "2015-03-03", "2015-03-04", "2015-03-05", "2015-03-06"]
        let text = "DATE,SP500\n" + rows.map { "\($0),." }.joined(separator: "\n") + "\n2015-03-09,2079.43\n"
        #expect(read(PriceFileReader.spx, text).notes == [
            "spx.csv: 8 dates without a value: 2 NYSE holidays, 1 weekend day, "
                + "5 sessions (2015-03-02, 2015-03-03, 2015-03-04 and 2 more)"
        ])
        let one = "DATE,SP500\n2015-01-01,.\n2015-03-02,.\n2015-03-03,.\n2015-03-09,2079.43\n"
        #expect(read(PriceFileReader.spx, one).notes == [
            "spx.csv: 3 dates without a value: 1 NYSE holiday, 2 sessions (2015-03-02, 2015-03-03)"
        ])
    }

    @Test("a row without a value still needs a valid date")
    func badDateOnMissingRow() {
        #expect(read(PriceFileReader.vix, "Date,vix\n2024-02-30,.\n2024-01-02,13\n").issues.map(\.description) == [
            "vix.csv:2: column Date: expected a date as YYYY-MM-DD, MM/DD/YYYY or M/D/YYYY, found \"2024-02-30\""
        ])
    }
}
