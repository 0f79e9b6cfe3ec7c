/// The New York Stock Exchange trading calendar, computed by rule.
///
/// A date is a session when it is a weekday, not one of the exchange's regular holidays
/// (see ``holidays(year:)``) and not a one-off closure (see ``specialClosures``). The rules are
/// those in force from 1990 to 2050; other years get the same rules extrapolated.
///
/// All functions are pure and thread-safe: the closed days of 1990–2050 are computed once, on
/// first use, into an immutable table.
public enum NYSECalendar {
    /// The years whose closed days are held in the lookup table (the range the rules describe).
    public static let supportedYears: ClosedRange<Int> = 1990...2050

    /// True when the exchange holds a regular trading session on `date`.
    ///
    /// - Complexity: O(1) for dates in ``supportedYears``; outside them the year's holidays are
    ///   recomputed from the rules (a dozen date calculations).
    public static func isSession(_ date: CalendarDate) -> Bool {
        if date.isWeekend { return false }
        if closedTable.range.contains(date.daysSinceEpoch) {
            return !closedTable.days.contains(date.daysSinceEpoch)
        }
        return !holidays(year: date.year).contains { $0.date == date }
    }

    /// Every session from `from` through `to`, both included, in order; empty when `from > to`.
    ///
    /// - Complexity: O(n) in the number of calendar days in the range.
    public static func sessions(from: CalendarDate, to: CalendarDate) -> [CalendarDate] {
        guard from <= to else { return [] }
        var result: [CalendarDate] = []
        result.reserveCapacity((to - from + 1) * 5 / 7 + 1)
        var day = from
        while day <= to {
            if isSession(day) { result.append(day) }
            day = day.adding(days: 1)
        }
        return result
    }

    /// The first session strictly after `date`.
    public static func nextSession(after date: CalendarDate) -> CalendarDate {
        var day = date.adding(days: 1)
        while !isSession(day) { day = day.adding(days: 1) }
        return day
    }

    /// The last session strictly before `date`.
    public static func previousSession(before date: CalendarDate) -> CalendarDate {
        var day = date.adding(days: -1)
        while !isSession(day) { day = day.adding(days: -1) }
        return day
    }

    /// `date` itself when it is a session, otherwise the first session after it.
    public static func sessionOnOrAfter(_ date: CalendarDate) -> CalendarDate {
        isSession(date) ? date : nextSession(after: date)
    }

    /// `date` itself when it is a session, otherwise the last session before it.
    public static func sessionOnOrBefore(_ date: CalendarDate) -> CalendarDate {
        isSession(date) ? date : previousSession(before: date)
    }

    /// The weekday closures of ``supportedYears`` as day numbers, built once on first use.
    private static let closedTable: (range: Range<Int>, days: Set<Int>) = {
        let first = CalendarDate(year: supportedYears.lowerBound, month: 1, day: 1)
        let end = CalendarDate(year: supportedYears.upperBound + 1, month: 1, day: 1)
        guard let first, let end else { return (0..<0, []) }
        var days = Set<Int>()
        for year in supportedYears {
            for holiday in holidays(year: year) { days.insert(holiday.date.daysSinceEpoch) }
        }
        return (first.daysSinceEpoch..<end.daysSinceEpoch, days)
    }()
}
