import ArgumentParser
import MarketData

/// `condorpress calendar`: prints NYSE sessions, or SPX expirations, between two dates.
public struct CalendarCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Print NYSE sessions (or SPX expirations) between two dates, one ISO date a line.",
        discussion: """
            Sessions follow the NYSE holiday rules and one-off closures for 1990–2050. An SPX \
            expiration is each week's Friday, or the session before it when that Friday is closed.
            """
    )

    /// Print SPX expirations instead of sessions.
    @Flag(name: .long, help: "Print SPX expirations instead of sessions.")
    public var expirations = false

    /// First date, `YYYY-MM-DD`.
    @Option(name: .long, help: ArgumentHelp("First date, inclusive.", valueName: "YYYY-MM-DD"))
    public var from: String

    /// Last date, `YYYY-MM-DD`.
    @Option(name: .long, help: ArgumentHelp("Last date, inclusive.", valueName: "YYYY-MM-DD"))
    public var to: String

    /// Creates the command with no arguments parsed (argument-parser's requirement).
    public init() {}

    /// Prints the dates, one a line; a bad date or reversed range is a one-line error.
    public func run() throws {
        let range = try DateArgument.range(from: from, to: to)
        let dates =
            expirations
            ? SPXExpirations.expirations(from: range.from, to: range.to)
            : NYSECalendar.sessions(from: range.from, to: range.to)
        var text = ""
        text.reserveCapacity(dates.count * 11)
        for date in dates {
            text += date.iso
            text += "\n"
        }
        print(text, terminator: "")
    }
}
