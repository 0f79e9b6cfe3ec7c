/// A range of dates (such as one given on the command line), checked against the calendar's years.
public struct CalendarRange: Hashable, Sendable {
    /// Which end of a range.
    public enum End: Sendable, Hashable {
        /// The first date.
        case from
        /// The last date.
        case to
    }

    /// The first date of the range.
    public let from: CalendarDate
    /// The last date of the range (inclusive).
    public let to: CalendarDate

    /// Checks two dates: both must lie within ``NYSECalendar/supportedYears``, and `from` must
    /// not be after `to`.
    ///
    /// - Parameters:
    ///   - from: the first date.
    ///   - to: the last date.
    /// - Throws: ``CalendarRangeError`` naming the end and the offending date.
    public init(from: CalendarDate, to: CalendarDate) throws(CalendarRangeError) {
        for (end, date) in [(End.from, from), (End.to, to)] where !NYSECalendar.supportedYears.contains(date.year) {
            throw .outsideSupportedYears(end: end, date: date)
        }
        guard from <= to else { throw .reversed(from: from, to: to) }
        self.from = from
        self.to = to
    }
}

/// Why a pair of dates was refused; the caller words it (naming its own options).
public enum CalendarRangeError: Error, Equatable, Sendable {
    /// The date at this end lies outside ``NYSECalendar/supportedYears``.
    case outsideSupportedYears(end: CalendarRange.End, date: CalendarDate)
    /// The first date is after the last.
    case reversed(from: CalendarDate, to: CalendarDate)
}
