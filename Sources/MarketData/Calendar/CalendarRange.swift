/// A date range given on the command line as `--from` and `--to`, checked against the calendar's years.
public struct CalendarRange: Hashable, Sendable {
    /// The first date of the range.
    public let from: CalendarDate
    /// The last date of the range (inclusive).
    public let to: CalendarDate

    /// Parses and checks two ISO dates (`YYYY-MM-DD`): both must be real dates within
    /// ``NYSECalendar/supportedYears``, and `from` must not be after `to`.
    ///
    /// - Parameters:
    ///   - fromText: the text given for `--from`.
    ///   - toText: the text given for `--to`.
    /// - Throws: ``CalendarRangeError`` naming the option and the offending text.
    public init(fromText: String, toText: String) throws(CalendarRangeError) {
        let from = try CalendarRange.parse(fromText, option: "--from")
        let to = try CalendarRange.parse(toText, option: "--to")
        guard from <= to else { throw .reversed(from: from, to: to) }
        self.from = from
        self.to = to
    }

    private static func parse(_ text: String, option: String) throws(CalendarRangeError) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else { throw .notADate(option: option, text: text) }
        guard NYSECalendar.supportedYears.contains(date.year) else {
            throw .outsideSupportedYears(option: option, date: date)
        }
        return date
    }
}

/// Why a `--from`/`--to` pair was refused; its description is the one-line message a user sees.
public enum CalendarRangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a real date written as `YYYY-MM-DD`.
    case notADate(option: String, text: String)
    /// The date lies outside ``NYSECalendar/supportedYears``.
    case outsideSupportedYears(option: String, date: CalendarDate)
    /// `--from` is after `--to`.
    case reversed(from: CalendarDate, to: CalendarDate)

    /// The one-line message.
    public var description: String {
        switch self {
        case let .notADate(option, text):
            return "\(option): expected a date as YYYY-MM-DD, found '\(text)'"
        case let .outsideSupportedYears(option, date):
            let years = NYSECalendar.supportedYears
            return "\(option): \(date.iso) is outside the calendar's years \(years.lowerBound)–\(years.upperBound)"
        case let .reversed(from, to):
            return "--from \(from.iso) is after --to \(to.iso)"
        }
    }
}
