/// A date range given on the command line as `--from` and `--to`, checked against the calendar's years.
public struct CalendarRange: Hashable, Sendable {
    /// The first date of the range.
    public let from: CalendarDate
    /// The last date of the range (inclusive).
    public let to: CalendarDate

    /// Checks two dates: both must lie within ``NYSECalendar/supportedYears``, and `from` must
    /// not be after `to`.
    ///
    /// - Parameters:
    ///   - from: the date given for `--from`.
    ///   - to: the date given for `--to`.
    /// - Throws: ``CalendarRangeError`` naming the option and the offending date.
    public init(from: CalendarDate, to: CalendarDate) throws(CalendarRangeError) {
        for (option, date) in [("--from", from), ("--to", to)] where !NYSECalendar.supportedYears.contains(date.year) {
            throw .outsideSupportedYears(option: option, date: date)
        }
        guard from <= to else { throw .reversed(from: from, to: to) }
        self.from = from
        self.to = to
    }
}

/// Why a `--from`/`--to` pair was refused; its description is the one-line message a user sees.
public enum CalendarRangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The date lies outside ``NYSECalendar/supportedYears``.
    case outsideSupportedYears(option: String, date: CalendarDate)
    /// `--from` is after `--to`.
    case reversed(from: CalendarDate, to: CalendarDate)

    /// The one-line message.
    public var description: String {
        switch self {
        case let .outsideSupportedYears(option, date):
            let years = NYSECalendar.supportedYears
            return "\(option): \(date.iso) is outside the calendar's years \(years.lowerBound)–\(years.upperBound)"
        case let .reversed(from, to):
            return "--from \(from.iso) is after --to \(to.iso)"
        }
    }
}
