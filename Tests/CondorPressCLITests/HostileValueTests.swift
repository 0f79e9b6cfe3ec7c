import Foundation
import MarketData
import Testing

/// A small, valid data folder (every input file, 45 sessions from 2024-01-02) into which one hostile
/// value is written, so a test can run the real executable on it.
struct HostileDataFolder {
    /// One input file: its name, header and rows of fields (the date first).
    struct File {
        let name: String
        let header: [String]
        var rows: [[String]]

        /// The file's text, LF-terminated.
        var text: String {
            ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        }
    }

    /// The sessions the folder covers: 35 of warm-up and ten trading days with briefings.
    static let sessions: [CalendarDate] = Array(
        NYSECalendar.sessions(
            from: CalendarDate(year: 2024, month: 1, day: 2) ?? CalendarDate(daysSinceEpoch: 19_724),
            to: CalendarDate(year: 2024, month: 4, day: 30) ?? CalendarDate(daysSinceEpoch: 19_843)
        )
        .prefix(45))

    /// Every input file, valid, in report order.
    static var files: [File] {
        let dates = sessions.map(\.iso)
        func rows(_ fields: (Int) -> [String]) -> [[String]] {
            dates.indices.map { [dates[$0]] + fields($0) }
        }
        func price(_ value: Double) -> String { String(format: "%.2f", value) }
        return [
            File(
                name: "spx.csv", header: ["Date", "Open", "High", "Low", "Close", "Volume"],
                rows: rows { index in
                    let close = 4700 + 5 * Double(index) + (index % 3 == 0 ? -20 : 0)
                    return [price(close - 2), price(close + 10), price(close - 10), price(close), "3800000000"]
                }),
            File(
                name: "vix.csv", header: ["DATE", "OPEN", "HIGH", "LOW", "CLOSE"],
                rows: rows { index in
                    let close = 14 + Double(index % 7)
                    return [price(close - 0.2), price(close + 0.8), price(close - 0.6), price(close)]
                }),
            File(
                name: "breadth.csv", header: ["Date", "Advances", "Declines"],
                rows: rows { index in [String(1500 + 10 * index), String(1400 - 5 * index)] }),
            File(name: "rates.csv", header: ["Date", "Rate"], rows: rows { _ in ["5.25"] }),
            File(
                name: "events.csv", header: ["Date", "Event", "Kind"],
                rows: [
                    [dates[10], "CPI report", "CPI"], [dates[40], "FOMC decision", "FOMC"],
                    [dates[44], "PPI report", "PPI"],
                ]),
            File(
                name: "vix_futures.csv", header: ["Date", "VX1", "VX2"],
                rows: rows { index in [price(15.5 + Double(index % 7)), price(16.5 + Double(index % 7))] }),
        ]
    }

    /// Values no number column should let through to a formatter.
    static let hostileNumbers = ["1e308", "1e-300", "inf", "nan"]

    /// Dates outside the calendar's years, placed so the file's dates stay in order.
    static let hostileDates: [(text: String, row: Int)] = [("0000-01-03", 0), ("9999-12-31", sessions.count - 1)]

    /// The row a hostile number goes into: a trading day with briefings before and after it.
    static let numberRow = sessions.count - 3

    /// Every way to put one hostile value into one column (or every value column of a row) of one file.
    static var cases: [HostileCase] {
        var cases: [HostileCase] = []
        for file in files {
            for (text, row) in hostileDates {
                cases.append(
                    HostileCase(file: file.name, columns: [0], columnName: file.header[0], value: text, row: row))
            }
            let valueColumns = Array(file.header.indices.dropFirst())
            guard file.name != "events.csv" else { continue }
            var columnSets = valueColumns.map { ([$0], file.header[$0]) }
            if valueColumns.count > 1 { columnSets.append((valueColumns, "every value column")) }
            for (columns, name) in columnSets {
                for value in hostileNumbers {
                    cases.append(
                        HostileCase(file: file.name, columns: columns, columnName: name, value: value, row: numberRow))
                }
            }
        }
        return cases
    }

    /// Writes every file into `folder`, with `hostile` applied to its file.
    static func write(_ hostile: HostileCase, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for var file in files {
            if file.name == hostile.file {
                let row = min(hostile.row, file.rows.count - 1)
                for column in hostile.columns { file.rows[row][column] = hostile.value }
            }
            try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.name))
        }
    }
}

/// One hostile value in one place of one input file.
struct HostileCase: CustomTestStringConvertible, Sendable {
    let file: String
    let columns: [Int]
    let columnName: String
    let value: String
    let row: Int

    var testDescription: String { "\(value) in \(file), \(columnName)" }
}

@Suite("Hostile values in every column of every input file")
struct HostileValueTests {
    @Test("check and build end normally, and a refusal names the file", arguments: HostileDataFolder.cases)
    func hostileValue(_ hostile: HostileCase) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try HostileDataFolder.write(hostile, into: data)
        let output = folder.appendingPathComponent("site").path
        for arguments in [["check", "--data", data.path], ["build", "--data", data.path, "--output", output]] {
            let result = try CLI.run(arguments)
            let command = "condorpress \(arguments[0]) with \(hostile.testDescription)"
            print(
                "OUTCOME \(command) => \(result.status) \(result.stderr.split(separator: "\n").first { $0.contains(hostile.file) } ?? "")"
            )
            #expect(
                result.status == 0 || result.status == 1,
                "\(command) ended with status \(result.status) (negative: killed by that signal)\n\(result.stderr.suffix(2_000))"
            )
            if result.status == 1 {
                #expect(
                    result.stderr.split(separator: "\n").contains { $0.contains(hostile.file) },
                    "\(command) failed without a line naming \(hostile.file):\n\(result.stderr.suffix(2_000))")
            }
        }
    }

    @Test("the untouched folder checks and builds, so every refusal above is the hostile value's")
    func validFolderBuilds() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try HostileDataFolder.write(HostileCase(file: "", columns: [], columnName: "", value: "", row: 0), into: data)
        let check = try CLI.run(["check", "--data", data.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("45 trading days from 2024-01-02 to 2024-03-06, 6 files"), "\(check.stdout)")
        let build = try CLI.run(["build", "--data", data.path, "--output", folder.appendingPathComponent("site").path])
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test(
        "a configuration rate out of range is refused with file, line, key and range",
        arguments: [("-1.5", "found -1.5"), ("1e308", "found 1e308"), (".inf", "found .inf"), ("1e999", "found 1e999")])
    func configurationRate(value: String, found: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("condorpress.yml")
        try Data("model:\n  riskFreeRate: \(value)\n".utf8).write(to: config)
        let result = try CLI.run(["check", "--config", config.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "\(config.path):2: model.riskFreeRate: expected a number between -0.5 and 1, \(found)"),
            "\(result.stderr)")
    }
}
