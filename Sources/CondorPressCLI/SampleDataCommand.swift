import ArgumentParser
import Foundation
import MarketData

/// `condorpress sample-data`: writes a seeded synthetic market (spx, vix, breadth, events, rates CSV files).
public struct SampleDataCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "sample-data",
        abstract: "Write a synthetic, seeded sample market as CSV files (never real data).",
        discussion: """
            Writes spx.csv, vix.csv, breadth.csv, events.csv and rates.csv for every NYSE session \
            from --from to --to. The same seed and dates give byte-identical files on every platform. \
            The defaults regenerate the sample bundled in Content/data.
            """
    )

    /// The seed of the random streams.
    @Option(name: .long, help: "Seed of the random streams.")
    public var seed: UInt64 = 42

    /// First date, `YYYY-MM-DD`.
    @Option(name: .long, help: ArgumentHelp("First date, inclusive.", valueName: "YYYY-MM-DD"))
    public var from: String = "2023-01-03"

    /// Last date, `YYYY-MM-DD`.
    @Option(name: .long, help: ArgumentHelp("Last date, inclusive.", valueName: "YYYY-MM-DD"))
    public var to: String = "2025-12-31"

    /// The folder to write into (created when missing; existing files of the same names are replaced).
    @Option(name: .long, help: ArgumentHelp("Folder to write the CSV files into.", valueName: "DIR"))
    public var out: String = "Content/data"

    /// Creates the command with no arguments parsed (argument-parser's requirement).
    public init() {}

    /// Generates the market and writes the five files.
    public func run() throws {
        let range = try DateArgument.range(from: from, to: to)
        let market = SampleMarketGenerator(seed: seed).generate(from: range.from, to: range.to)
        guard let first = market.days.first, let last = market.days.last else {
            throw SampleDataCommandError.noSessions(from: range.from, to: range.to)
        }
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SampleDataCommandError.cannotWrite(path: out, reason: error.localizedDescription)
        }
        for file in market.csvFiles {
            let url = folder.appendingPathComponent(file.name)
            do {
                try Data(file.text.utf8).write(to: url, options: .atomic)
            } catch {
                throw SampleDataCommandError.cannotWrite(path: url.path, reason: error.localizedDescription)
            }
        }
        let names = market.csvFiles.map(\.name).joined(separator: ", ")
        let span = "\(market.days.count) sessions, \(first.date.iso) to \(last.date.iso)"
        print("Wrote \(names) to \(out): \(span), seed \(seed).")
    }
}

/// Why `sample-data` stopped; its description is the one-line message a user sees.
public enum SampleDataCommandError: Error, Equatable, CustomStringConvertible {
    /// The range holds no NYSE session.
    case noSessions(from: CalendarDate, to: CalendarDate)
    /// A folder or file could not be written.
    case cannotWrite(path: String, reason: String)

    /// The one-line message.
    public var description: String {
        switch self {
        case let .noSessions(from, to):
            return "no NYSE session between \(from.iso) and \(to.iso): nothing to write"
        case let .cannotWrite(path, reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
