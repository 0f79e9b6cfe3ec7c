import ArgumentParser
import MarketData

/// `condorpress calendar`: prints NYSE sessions, SPX expirations or VIX expirations between two dates.
public struct CalendarCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Print NYSE sessions (or SPX or VIX expirations) between two dates, one ISO date a line.",
        discussion: """
            Sessions follow the NYSE holiday rules and one-off closures for 1990–2050. An SPX \
            expiration is each week's Friday, or the session before it when that Friday is closed. \
            A VIX expiration (one a month) is 30 days before the third Friday of the next month \
            (counted from the session before that Friday when it is closed), or the session before \
            it when that day is closed: a Wednesday, or a Tuesday in holiday weeks.
            """
    )

    /// Print SPX expirations instead of sessions.
    @Flag(name: .long, help: "Print SPX expirations instead of sessions.")
    public var expirations = false

    /// Print VIX option expirations instead of sessions.
    @Flag(name: .long, help: "Print VIX option (and future) expirations instead of sessions.")
    public var vixExpirations = false

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
        guard !(expirations && vixExpirations) else {
            throw ValidationError("choose one of --expirations and --vix-expirations")
        }
        let range = try DateArgument.range(from: from, to: to)
        let dates =
            if expirations {
                SPXExpirations.expirations(from: range.from, to: range.to)
            } else if vixExpirations {
                VIXExpirations.expirations(from: range.from, to: range.to)
            } else {
                NYSECalendar.sessions(from: range.from, to: range.to)
            }
        var text = ""
        text.reserveCapacity(dates.count * 11)
        for date in dates {
            text += date.iso
            text += "\n"
        }
        print(text, terminator: "")
    }
}
