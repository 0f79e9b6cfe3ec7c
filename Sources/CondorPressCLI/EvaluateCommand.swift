import ArgumentParser
import Archive
import Foundation
import MarketData
import Publishing
import Strategy

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

        /// The engine's profile of the same name.
        var engineProfile: Strategy.Profile {
            switch self {
            case .steward: return .steward
            case .promoter: return .promoter
            case .static: return .staticBaseline
            }
        }
    }

    /// An output format.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// Comma-separated values with a header row.
        case csv
        /// A JSON array, one object per line.
        case json
    }

    /// Where the site's inputs are (`--site`, `--content`, `--data`, `--config`).
    @OptionGroup var locations: SiteLocations

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
        let paths = locations.paths()
        try paths.requireInputs([.data, .config])
        let configuration = try Self.loadConfiguration(paths.config)
        let loaded = try CheckCommand.loadReportingProblems(directory: paths.data, lenient: lenient)
        // Evaluate from the start of the data (the warm-up needs it) up to --to; print from --from.
        let series = loaded.series.clipped(from: nil, to: last)
        guard series.days.contains(where: { day in first.map { day.date >= $0 } ?? true }) else {
            let range = "\(first.map(\.iso) ?? "the start") to \(last.map(\.iso) ?? "the end")"
            CheckCommand.writeToStandardError(["no trading days in \(paths.data) from \(range)"])
            throw ExitCode.failure
        }
        let run = StrategyEngine(parameters: configuration.engine).run(series: series, profile: profile.engineProfile)
        let records = run.records.filter { record in first.map { record.date >= $0 } ?? true }
        switch format {
        case .json: print(OutcomeExport.json(records, wording: RuleExplanation.wording), terminator: "")
        case .csv: print(ArchiveExport.csv(records.map { ArchiveRow(day: $0, schema: .worded) }), terminator: "")
        }
    }

    /// Reads the configuration (see `ConfigurationFile`), printing every problem with its line
    /// and failing when there is one.
    static func loadConfiguration(_ path: String) throws -> Configuration {
        do {
            return try ConfigurationFile.load(path)
        } catch let error as PublishingError {
            CheckCommand.writeToStandardError([error.description])
            throw ExitCode.failure
        } catch let errors as PublishingErrors {
            CheckCommand.writeToStandardError(errors.errors.map(\.description))
            throw ExitCode.failure
        }
    }

    static func parseRange(from: String?, to: String?) throws -> (CalendarDate?, CalendarDate?) {
        func parse(_ text: String?, option: String) throws -> CalendarDate? {
            guard let text else { return nil }
            do {
                return try DateArgument.parse(text, option: option)
            } catch {
                throw ValidationError(error.description)
            }
        }
        return (try parse(from, option: "--from"), try parse(to, option: "--to"))
    }

    /// The rows as CSV (header `date,profile,spot,vix`) or as a JSON array with one object per line.
}
