import ArgumentParser
import Foundation
import MarketData

/// `condorpress evaluate`: prints the daily outcomes of one strategy profile without writing a site.
///
/// Until the strategy engine is wired in, each row carries the trading day's inputs (date,
/// profile, SPX spot and VIX close), one row per trading day in `--from ... --to`.
public struct EvaluateCommand: ParsableCommand {
    /// The subcommand's name and help text.
    public static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Run the rules over the data and print the daily outcomes, without writing a site."
    )

    /// A strategy profile, as named on the command line.
    public enum Profile: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// The full rules: recentering and ALVH hedges.
        case steward
        /// Wider bands in calm markets, a later profit target, no hedges.
        case promoter
        /// Entry and management only: the baseline without recentering or ALVH.
        case `static`
    }

    /// An output format.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// Comma-separated values with a header row.
        case csv
        /// A JSON array, one object per line.
        case json
    }

    /// The folder holding `spx.csv`, `vix.csv` and the optional input files.
    @Option(help: "Folder holding spx.csv, vix.csv and the optional input files.")
    public var data = "Content/data"

    /// The first date to print (inclusive).
    @Option(help: "First date to print, YYYY-MM-DD (default: the first trading day).")
    public var from: String?

    /// The last date to print (inclusive).
    @Option(help: "Last date to print, YYYY-MM-DD (default: the last trading day).")
    public var to: String?

    /// The profile to evaluate.
    @Option(help: "Strategy profile: steward, promoter or static.")
    public var profile: Profile = .steward

    /// The output format.
    @Option(help: "Output format: csv or json.")
    public var format: Format = .csv

    /// Skip rows with problems (reported as warnings) instead of failing.
    @Flag(help: "Skip data rows with problems, listing each as a warning, instead of failing.")
    public var lenient = false

    /// Creates the command with its defaults.
    public init() {}

    /// Checks that `--from` and `--to` are dates in order.
    public func validate() throws {
        let (first, last) = try Self.parseRange(from: from, to: to)
        if let first, let last, first > last {
            throw ValidationError("--from \(first) is after --to \(last)")
        }
    }

    /// Loads the data and prints one row per trading day in range.
    public mutating func run() throws {
        let (first, last) = try Self.parseRange(from: from, to: to)
        let loaded = try CheckCommand.loadReportingProblems(directory: data, lenient: lenient)
        let days = loaded.series.clipped(from: first, to: last).days
        guard !days.isEmpty else {
            let range = "\(first.map(\.iso) ?? "the start") to \(last.map(\.iso) ?? "the end")"
            CheckCommand.writeToStandardError(["no trading days in \(data) from \(range)"])
            throw ExitCode.failure
        }
        print(try Self.render(days, profile: profile, format: format), terminator: "")
    }

    /// Parses the optional `--from` and `--to` texts.
    static func parseRange(from: String?, to: String?) throws -> (CalendarDate?, CalendarDate?) {
        func parse(_ text: String?, option: String) throws -> CalendarDate? {
            guard let text else { return nil }
            guard let date = CalendarDate(dataField: text) else {
                throw ValidationError("\(option): expected a date as YYYY-MM-DD, found \"\(text)\"")
            }
            return date
        }
        return (try parse(from, option: "--from"), try parse(to, option: "--to"))
    }

    /// The rows as CSV (header `date,profile,spot,vix`) or as a JSON array with one object per line.
    static func render(_ days: [TradingDay], profile: Profile, format: Format) throws -> String {
        switch format {
        case .csv:
            let rows = days.map { "\($0.date),\(profile.rawValue),\(number($0.spx)),\(number($0.vix))" }
            return (["date,profile,spot,vix"] + rows).joined(separator: "\n") + "\n"
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let objects = try days.map { day in
                let row = Row(date: day.date.iso, profile: profile.rawValue, spot: day.spx, vix: day.vix)
                return String(decoding: try encoder.encode(row), as: UTF8.self)
            }
            return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
        }
    }

    /// One JSON row until the strategy engine provides the full daily outcome.
    private struct Row: Encodable {
        var date: String
        var profile: String
        var spot: Double
        var vix: Double
    }

    /// A price without a trailing `.0`: `4700`, `4742.83`.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
