/// The dates an optional input file's rows span, as it was supplied.
///
/// A file that is absent has no coverage at all; one with a header and no usable row has a
/// coverage with no dates. Dates outside `first...last` are not covered: what the file would say
/// about them is unknown.
public struct InputCoverage: Hashable, Sendable, Encodable {
    /// The first date with a row, nil when the file has no usable row.
    public var first: CalendarDate?
    /// The last date with a row, nil when the file has no usable row.
    public var last: CalendarDate?

    /// Creates a coverage from its first and last dates.
    public init(first: CalendarDate?, last: CalendarDate?) {
        self.first = first
        self.last = last
    }

    /// The coverage of a list of dates (in any order).
    public init(dates: some Sequence<CalendarDate>) {
        var first: CalendarDate?
        var last: CalendarDate?
        for date in dates {
            if first.map({ date < $0 }) ?? true { first = date }
            if last.map({ date > $0 }) ?? true { last = date }
        }
        self.init(first: first, last: last)
    }

    /// True when `start...end` lies inside `first...last`.
    public func covers(from start: CalendarDate, through end: CalendarDate) -> Bool {
        guard let first, let last else { return false }
        return first <= start && end <= last
    }
}
