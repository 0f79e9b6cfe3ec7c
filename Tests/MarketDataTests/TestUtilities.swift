import Testing

@testable import MarketData

/// Shared fixtures and assertions for the MarketData tests.
enum Fixture {
    /// Three Yahoo-style SPX rows, 2024-01-02 to 2024-01-04.
    static let spxYahoo = """
        Date,Open,High,Low,Close,Adj Close,Volume
        2024-01-02,4745.20,4754.33,4722.67,4742.83,4742.83,3743050000
        2024-01-03,4725.07,4729.29,4699.71,4704.81,4704.81,3950760000
        2024-01-04,4697.42,4726.78,4687.53,4688.68,4688.68,3715480000

        """

    /// The same three days of VIX in Cboe's VIX_History layout (capital headers, US dates).
    static let vixCboe = """
        DATE,OPEN,HIGH,LOW,CLOSE
        01/02/2024,13.21,14.23,13.10,13.20
        01/03/2024,13.38,14.22,13.36,14.04
        01/04/2024,13.97,14.20,13.64,14.13

        """

    /// The two required files, valid.
    static let required = ["spx.csv": spxYahoo, "vix.csv": vixCboe]

    /// The required files plus `extra`, which may replace them.
    static func files(_ extra: [String: String]) -> [String: String] {
        required.merging(extra) { _, new in new }
    }

    /// A date from its ISO text; fails the test when it is not one.
    static func date(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CalendarDate {
        try #require(CalendarDate(iso: iso), sourceLocation: sourceLocation)
    }
}

/// Loads in-memory files and returns every issue's one-line description, or [] when the load succeeds.
func issueLines(_ files: [String: String], lenient: Bool = false) -> [String] {
    issues(files, lenient: lenient).map(\.description)
}

/// Loads in-memory files and returns the issues of the thrown error, or [] when the load succeeds.
func issues(_ files: [String: String], lenient: Bool = false) -> [DataIssue] {
    do {
        _ = try MarketDataLoader.load(contents: files, lenient: lenient)
        return []
    } catch let error as DataValidationError {
        return error.issues
    } catch {
        return [DataIssue(file: "?", line: nil, message: "unexpected error \(error)")]
    }
}

/// Reads one file's text with a reader, as the loader would.
func read<Value>(_ reader: DatedFileReader<Value>, _ text: String, lenient: Bool = false) -> DatedFile<Value> {
    reader.read(text, lenient: lenient)
}
