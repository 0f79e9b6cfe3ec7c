import Foundation
import Testing

/// Builds data folders shaped like the files people really download (FRED with `.` and with empty
/// fields, Cboe's VIX_History, `Date,vix`, Yahoo with `null` rows, Stooq; BOM, CRLF, trailing blank
/// lines, holidays present as rows without a value) from the bundled sample, and checks that every
/// layout is read without `--lenient` and yields the same trading days.
@Suite("Real-world file layouts", .serialized)
struct RealWorldLayoutTests {
    /// One day of the bundled sample: the ISO date and the OHLC of each index.
    struct SampleDay: Sendable {
        var date: String
        var spx: [String]
        var vix: [String]
    }

    /// How a downloaded file spells a date, ends its lines and marks a day without a value.
    struct Shape: Sendable {
        var header: String
        var isoDates = true
        var crlf = false
        var bom = false
        /// The fields written on a holiday after the date (nil: the holiday has no row at all).
        var holidayFields: [String]?
        /// The value fields of a day, from its OHLC.
        var values: @Sendable ([String]) -> [String]
    }

    static let spxShapes: [(name: String, shape: Shape)] = [
        ("Yahoo with null rows", Shape(header: "Date,Open,High,Low,Close,Adj Close,Volume", holidayFields: Array(repeating: "null", count: 6)) { $0 + [$0[3], "1000000"] }),
        ("Stooq", Shape(header: "Date,Open,High,Low,Close,Volume", crlf: true, holidayFields: nil) { $0 + ["2000000"] }),
        ("FRED SP500 with .", Shape(header: "DATE,SP500", holidayFields: ["."]) { [$0[3]] }),
        ("FRED observation_date with empty fields", Shape(header: "observation_date,SP500", crlf: true, bom: true, holidayFields: [""]) { [$0[3]] }),
    ]

    static let vixShapes: [(name: String, shape: Shape)] = [
        ("Cboe VIX_History", Shape(header: "DATE,OPEN,HIGH,LOW,CLOSE", isoDates: false, holidayFields: nil) { $0 }),
        ("Date,vix with . and CRLF", Shape(header: "Date,vix", crlf: true, holidayFields: ["."]) { [$0[3]] }),
        ("FRED VIXCLS with .", Shape(header: "DATE,VIXCLS", holidayFields: ["."]) { [$0[3]] }),
        ("FRED observation_date with empty fields", Shape(header: "observation_date,VIXCLS", bom: true, holidayFields: [""]) { [$0[3]] }),
    ]

    @Test("every layout pair is read without --lenient and gives the sample's trading days")
    func sameTradingDays() throws {
        let days = try Self.sampleDays()
        let holidays = Self.weekdayHolidays(between: days)
        #expect(!holidays.isEmpty)
        let expected = days.map(\.date)
        for (index, spx) in Self.spxShapes.enumerated() {
            let vix = Self.vixShapes[index]
            let folder = try CLI.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            try Self.write(spx.shape, days: days, holidays: holidays, pick: \.spx, to: folder.appendingPathComponent("spx.csv"))
            try Self.write(vix.shape, days: days, holidays: holidays, pick: \.vix, to: folder.appendingPathComponent("vix.csv"))
            let check = try CLI.run(["check", "--data", folder.path])
            #expect(check.status == 0, "\(spx.name) + \(vix.name): \(check.stderr)")
            let evaluated = try CLI.run(["evaluate", "--data", folder.path, "--profile", "static", "--format", "csv"])
            #expect(evaluated.status == 0, "\(spx.name) + \(vix.name): \(evaluated.stderr)")
            let dates = evaluated.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(10)) }
            let firstDifference =
                zip(dates, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(dates.count, expected.count)
            #expect(
                dates.count == expected.count && firstDifference == expected.count,
                "\(spx.name) + \(vix.name): \(dates.count) trading days, expected \(expected.count); first difference at \(firstDifference)")
        }
    }

    /// The bundled sample's days, read from `Content/data`.
    static func sampleDays() throws -> [SampleDay] {
        let data = CLI.repository.appendingPathComponent("Content/data")
        let spx = try String(contentsOf: data.appendingPathComponent("spx.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        let vix = try String(contentsOf: data.appendingPathComponent("vix.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        try #require(spx.count == vix.count)
        return zip(spx, vix).map { spxRow, vixRow in
            SampleDay(date: spxRow[0], spx: Array(spxRow[1...4]), vix: Array(vixRow[1...4]))
        }
    }

    /// The weekdays between the first and last sample day that have no sample row: NYSE holidays.
    static func weekdayHolidays(between days: [SampleDay]) -> Set<String> {
        guard let first = days.first, let last = days.last else { return [] }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        guard var date = formatter.date(from: first.date), let end = formatter.date(from: last.date) else { return [] }
        let present = Set(days.map(\.date))
        var holidays: Set<String> = []
        while date <= end {
            let weekday = calendar.component(.weekday, from: date)
            let text = formatter.string(from: date)
            if weekday != 1 && weekday != 7 && !present.contains(text) { holidays.insert(text) }
            date = calendar.date(byAdding: .day, value: 1, to: date) ?? end.addingTimeInterval(86_400)
        }
        return holidays
    }

    /// Writes one file in `shape`: every sample day, and a row for each holiday when the shape has one.
    static func write(
        _ shape: Shape, days: [SampleDay], holidays: Set<String>, pick: KeyPath<SampleDay, [String]>, to url: URL
    ) throws {
        var rows: [(date: String, fields: [String])] = days.map { ($0.date, shape.values($0[keyPath: pick])) }
        if let holidayFields = shape.holidayFields {
            rows += holidays.map { ($0, holidayFields) }
        }
        rows.sort { $0.date < $1.date }
        let newline = shape.crlf ? "\r\n" : "\n"
        var text = (shape.bom ? "\u{FEFF}" : "") + shape.header + newline
        for row in rows {
            text += ([shape.isoDates ? row.date : Self.usDate(row.date)] + row.fields).joined(separator: ",") + newline
        }
        text += newline
        try Data(text.utf8).write(to: url)
    }

    /// `2023-01-03` as `01/03/2023`.
    static func usDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        return "\(parts[1])/\(parts[2])/\(parts[0])"
    }
}
