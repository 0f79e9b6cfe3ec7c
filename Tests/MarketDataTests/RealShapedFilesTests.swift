import Foundation
import Testing

@testable import MarketData

/// Files shaped like the real downloads (CRLF, a BOM, holidays written as the source writes them),
/// each of which must load to the same trading days without `--lenient`.
@Suite("Real-shaped files")
struct RealShapedFilesTests {
    /// Every weekday of 2024-01-01 to 2024-01-19: New Year's Day and Martin Luther King Day are holidays.
    static let weekdays: [CalendarDate] = {
        let start = CalendarDate(year: 2024, month: 1, day: 1)!
        return (0..<19).map { start.adding(days: $0) }.filter { !$0.isWeekend }
    }()

    static let sessions = weekdays.filter(NYSECalendar.isSession)

    private static func spxClose(_ index: Int) -> String { String(format: "%.2f", 4700 + Double(index) * 3.25) }
    private static func vixClose(_ index: Int) -> String { String(format: "%.2f", 13 + Double(index) * 0.25) }

    /// Joined with CRLF, a BOM in front.
    private static func file(_ lines: [String]) -> String { "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n" }

    /// FRED: every weekday, `.` (or an empty field) on holidays.
    static func fred(series: String, dateHeader: String, value: (Int) -> String, empty: Bool) -> String {
        file(["\(dateHeader),\(series)"] + weekdays.enumerated().map { index, date in
            "\(date.iso)," + (NYSECalendar.isSession(date) ? value(index) : (empty ? "" : "."))
        })
    }

    static let spxFiles: [String: String] = [
        "FRED with .": fred(series: "SP500", dateHeader: "DATE", value: spxClose, empty: false),
        "FRED with empty fields": fred(series: "SP500", dateHeader: "observation_date", value: spxClose, empty: true),
        "Yahoo with null rows": file(["Date,Open,High,Low,Close,Adj Close,Volume"] + weekdays.enumerated().map { index, date in
            NYSECalendar.isSession(date)
                ? "\(date.iso),\(spxClose(index)),\(spxClose(index + 1)),\(spxClose(index - 1)),\(spxClose(index)),\(spxClose(index)),3743050000"
                : "\(date.iso),null,null,null,null,null,null"
        }),
        "Stooq": file(["Date,Open,High,Low,Close,Volume"] + weekdays.enumerated().compactMap { index, date in
            NYSECalendar.isSession(date) ? "\(date.iso),\(spxClose(index)),\(spxClose(index + 1)),\(spxClose(index - 1)),\(spxClose(index)),2.2e9" : nil
        }),
    ]

    static let vixFiles: [String: String] = [
        "FRED VIXCLS with .": fred(series: "VIXCLS", dateHeader: "DATE", value: vixClose, empty: false),
        "Date,vix with .": fred(series: "vix", dateHeader: "Date", value: vixClose, empty: false),
        "Cboe VIX_History": file(["DATE,OPEN,HIGH,LOW,CLOSE"] + weekdays.enumerated().compactMap { index, date in
            let (y, m, d) = date.components
            let us = String(format: "%02d/%02d/%04d", m, d, y)
            return NYSECalendar.isSession(date) ? "\(us),\(vixClose(index)),\(vixClose(index + 1)),\(vixClose(index - 1)),\(vixClose(index))" : nil
        }),
    ]

    @Test("every SPX layout with every VIX layout gives the same trading days, without --lenient")
    func sameTradingDays() throws {
        for (spxName, spx) in Self.spxFiles {
            for (vixName, vix) in Self.vixFiles {
                let data = try MarketDataLoader.load(contents: ["spx.csv": spx, "vix.csv": vix])
                #expect(data.series.days.map(\.date) == Self.sessions, "\(spxName) + \(vixName)")
                #expect(data.series.days.first?.spx == 4703.25 && data.series.days.first?.vix == 13.25, "\(spxName) + \(vixName)")
                #expect(data.warnings.isEmpty, "\(spxName) + \(vixName)")
            }
        }
    }

    @Test("the holidays are counted in one note per file, all NYSE holidays")
    func holidayNotes() throws {
        let data = try MarketDataLoader.load(contents: [
            "spx.csv": Self.spxFiles["Yahoo with null rows"]!, "vix.csv": Self.vixFiles["Date,vix with ."]!,
        ])
        #expect(data.notes.contains("spx.csv: 2 dates without a value, all NYSE holidays"))
        #expect(data.notes.contains("vix.csv: 2 dates without a value, all NYSE holidays"))
    }

    @Test("the same files load from disk, read in chunks")
    func fromDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("condorpress-real-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.spxFiles["FRED with .", default: ""].utf8).write(to: folder.appendingPathComponent("spx.csv"))
        try Data(Self.vixFiles["Cboe VIX_History", default: ""].utf8).write(to: folder.appendingPathComponent("vix.csv"))
        let data = try MarketDataLoader(directory: folder.path).load()
        #expect(data.series.days.map(\.date) == Self.sessions)
    }
}
