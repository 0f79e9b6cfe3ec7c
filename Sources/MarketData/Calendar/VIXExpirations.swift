/// The VIX option (and future) expirations, one a month, as Cboe lists them.
///
/// The contract of month M expires 30 calendar days before the third Friday of month M + 1 (the
/// day the SPX options whose prices make up its settlement expire). When that Friday is not a
/// session (Good Friday), the count starts from the session before it; when the day reached is not
/// a session (Juneteenth 2024), the expiration is the session before it. So it is a Wednesday,
/// or a Tuesday in those holiday weeks: 2019-03-19 and 2022-03-15 (Good Friday a month later),
/// 2024-06-18 (Juneteenth).
public enum VIXExpirations {
    /// The expiration of the contract of `month` (1–12) of `year`.
    public static func expiration(year: Int, month: Int) -> CalendarDate {
        let next = month == 12 ? (year: year + 1, month: 1) : (year: year, month: month + 1)
        // The first of a month always exists, so the third Friday does too.
        let thirdFriday = GregorianRules.nthWeekday(3, weekday: GregorianRules.friday, month: next.month, year: next.year)!
        let reference = NYSECalendar.sessionOnOrBefore(thirdFriday)
        return NYSECalendar.sessionOnOrBefore(reference.adding(days: -30))
    }

    /// Every expiration from `from` through `to`, both included, in order; empty when `from > to`.
    public static func expirations(from: CalendarDate, to: CalendarDate) -> [CalendarDate] {
        Array(listed(from: from).prefix { $0 <= to })
    }

    /// The first `limit` expirations on or after `date`, in order: the first is the front
    /// contract on `date` (VX1), the second the next (VX2).
    public static func expirations(onOrAfter date: CalendarDate, limit: Int) -> [CalendarDate] {
        Array(listed(from: date).prefix(max(limit, 0)))
    }

    /// The expirations on or after `date`, in order, without end.
    private static func listed(from date: CalendarDate) -> some Sequence<CalendarDate> {
        // A month's expiration falls in that month (the 13th to the 22nd), so counting from the
        // month before `date`'s covers every expiration on or after it.
        let start = date.month == 1 ? (year: date.year - 1, month: 12) : (year: date.year, month: date.month - 1)
        let months = sequence(first: start) { $0.month == 12 ? (year: $0.year + 1, month: 1) : (year: $0.year, month: $0.month + 1) }
        return months.lazy.map { expiration(year: $0.year, month: $0.month) }.drop { $0 < date }
    }

    /// The expiration later than `date` whose distance in calendar days is closest to
    /// `targetDays`; of two equally close, the later one. A target of zero or less gives the
    /// next expiration.
    ///
    /// This is the hedge's choice (`hedgeDays`, 30 by default).
    public static func closest(toCalendarDays targetDays: Int, after date: CalendarDate) -> CalendarDate {
        let candidates = expirations(onOrAfter: date.adding(days: 1), limit: max(3, targetDays / 28 + 3))
        var best = candidates[0]
        for candidate in candidates.dropFirst() {
            let gap = abs((candidate - date) - targetDays)
            let bestGap = abs((best - date) - targetDays)
            if gap <= bestGap { best = candidate }
        }
        return best
    }

    /// The position of `expiration` among the contracts listed on `date`: 0 for the front
    /// contract (VX1), 1 for the next (VX2), nil when it is not one of the first `limit`.
    public static func contractIndex(of expiration: CalendarDate, on date: CalendarDate, limit: Int = 2) -> Int? {
        expirations(onOrAfter: date, limit: limit).firstIndex(of: expiration)
    }
}
