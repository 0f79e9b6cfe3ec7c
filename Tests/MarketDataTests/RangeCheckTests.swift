import Testing

@testable import MarketData

/// One numeric column of one file: a valid row with `%` where the hostile value goes, and what the
/// error says is expected there.
struct NumericColumn: Sendable, CustomTestStringConvertible {
    var file: String
    var header: String
    var row: String
    var column: String
    var expected: String

    var testDescription: String { "\(file) \(column)" }

    /// Every numeric column of every file.
    static let all: [NumericColumn] = {
        let spx = "a price from 0.01 to 1000000", level = "a level from 0.01 to 1000"
        let yahoo = "Date,Open,High,Low,Close"
        let cboe = "DATE,OPEN,HIGH,LOW,CLOSE"
        return [
            .init(file: "spx.csv", header: yahoo, row: "2024-01-02,%,4754.33,4722.67,4742.83", column: "Open", expected: spx),
            .init(file: "spx.csv", header: yahoo, row: "2024-01-02,4745.20,%,4722.67,4742.83", column: "High", expected: spx),
            .init(file: "spx.csv", header: yahoo, row: "2024-01-02,4745.20,4754.33,%,4742.83", column: "Low", expected: spx),
            .init(file: "spx.csv", header: yahoo, row: "2024-01-02,4745.20,4754.33,4722.67,%", column: "Close", expected: spx),
            .init(file: "spx.csv", header: "DATE,SP500", row: "2024-01-02,%", column: "SP500", expected: spx),
            .init(file: "vix.csv", header: cboe, row: "01/02/2024,%,14.23,13.10,13.20", column: "OPEN", expected: level),
            .init(file: "vix.csv", header: cboe, row: "01/02/2024,13.21,%,13.10,13.20", column: "HIGH", expected: level),
            .init(file: "vix.csv", header: cboe, row: "01/02/2024,13.21,14.23,%,13.20", column: "LOW", expected: level),
            .init(file: "vix.csv", header: cboe, row: "01/02/2024,13.21,14.23,13.10,%", column: "CLOSE", expected: level),
            .init(file: "vix.csv", header: "DATE,VIXCLS", row: "2024-01-02,%", column: "VIXCLS", expected: level),
            .init(file: "vix.csv", header: "Date,vix", row: "2024-01-02,%", column: "vix", expected: level),
            .init(file: "breadth.csv", header: "Date,Advances,Declines", row: "2024-01-02,%,1210", column: "Advances",
                  expected: "a whole number from 0 to 100000"),
            .init(file: "breadth.csv", header: "Date,Advances,Declines", row: "2024-01-02,1820,%", column: "Declines",
                  expected: "a whole number from 0 to 100000"),
            .init(file: "rates.csv", header: "Date,Rate", row: "2024-01-02,%", column: "Rate",
                  expected: "an annual percent from -10 to 100"),
            .init(file: "rates.csv", header: "DATE,DTB3", row: "2024-01-02,%", column: "DTB3",
                  expected: "an annual percent from -10 to 100"),
            .init(file: "vix_futures.csv", header: "Date,VX1,VX2", row: "2024-01-02,%,15.3", column: "VX1", expected: level),
            .init(file: "vix_futures.csv", header: "Date,VX1,VX2", row: "2024-01-02,14.1,%", column: "VX2", expected: level),
        ]
    }()
}

/// Every date column of every file, with a valid row after the date.
private let dateColumns: [(file: String, header: String, rest: String, column: String)] = [
    ("spx.csv", "Date,Open,High,Low,Close", "4745.20,4754.33,4722.67,4742.83", "Date"),
    ("spx.csv", "DATE,SP500", "4742.83", "DATE"),
    ("vix.csv", "DATE,OPEN,HIGH,LOW,CLOSE", "13.21,14.23,13.10,13.20", "DATE"),
    ("vix.csv", "observation_date,VIXCLS", "13.20", "observation_date"),
    ("vix.csv", "Date,vix", "13.20", "Date"),
    ("breadth.csv", "Date,Advances,Declines", "1820,1210", "Date"),
    ("rates.csv", "Date,Rate", "5.2", "Date"),
    ("rates.csv", "DATE,DTB3", "5.2", "DATE"),
    ("events.csv", "Date,Event,Kind", "FOMC,FOMC", "Date"),
    ("vix_futures.csv", "Date,VX1,VX2", "14.1,15.3", "Date"),
]

@Suite("Range checks")
struct RangeCheckTests {
    @Test("huge, tiny (but for rates), infinite and overflowing numbers in every numeric column are errors naming the column",
          arguments: NumericColumn.all)
    func hostileNumbers(column: NumericColumn) {
        // 1e-300 % is a rate of zero, within range; everywhere else it is refused.
        for value in ["1e308", "1e-300", "inf", "-inf", "1e400", "-1e308", "1.5e9"] where column.file != "rates.csv" || value != "1e-300" {
            let text = "\(column.header)\n\(column.row.replacingOccurrences(of: "%", with: value))\n"
            let lines = issueLines(Fixture.files([column.file: text]))
            #expect(lines.first == "\(column.file):2: column \(column.column): expected \(column.expected), found \"\(value)\"",
                    "value \(value)")
            #expect(lines.last == "\(column.file): 1 row with errors; fix them")
        }
    }

    @Test("nan in a numeric column is a missing value, not a number", arguments: NumericColumn.all)
    func nanIsMissing(column: NumericColumn) {
        let text = "\(column.header)\n\(column.row.replacingOccurrences(of: "%", with: "nan"))\n"
        #expect(!issueLines(Fixture.files([column.file: text])).contains { $0.contains("nan") })
    }

    @Test("dates of year 0000 and 9999 in every date column are outside the calendar's years")
    func hostileDates() {
        for (file, header, rest, column) in dateColumns {
            for date in ["0000-01-01", "9999-12-31", "1989-12-29", "2051-01-03", "12/31/9999"] {
                let lines = issueLines(Fixture.files([file: "\(header)\n\(date),\(rest)\n"]))
                #expect(lines.first == "\(file):2: column \(column): expected a date from 1990-01-01 to 2050-12-31, found \"\(date)\"",
                        "\(file) \(date)")
            }
        }
    }

    @Test("the calendar's own first and last years are accepted")
    func calendarEdges() {
        let text = "Date,vix\n1990-01-02,17.24\n2050-12-30,20\n"
        #expect(read(PriceFileReader.vix, text).issues.isEmpty)
    }

    @Test("in-range extremes are accepted: whole counts to 100000, rates from -10 to 100 %")
    func acceptedExtremes() {
        #expect(read(BreadthFileReader.reader, "Date,Advances,Declines\n2024-01-02,0,100000\n").issues.isEmpty)
        #expect(read(RatesFileReader.reader, "Date,Rate\n2024-01-02,-10\n2024-01-03,100\n").issues.isEmpty)
        #expect(read(RatesFileReader.reader, "Date,Rate\n2024-01-02,-150\n2024-01-03,1e308\n").issues.map(\.description) == [
            "rates.csv:2: column Rate: expected an annual percent from -10 to 100, found \"-150\"",
            "rates.csv:3: column Rate: expected an annual percent from -10 to 100, found \"1e308\"",
        ])
    }
}
