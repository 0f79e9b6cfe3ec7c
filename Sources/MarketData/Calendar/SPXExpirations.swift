/// The SPX expirations the engine trades: one a week, on Friday, or on the session before it
/// when that Friday is not a session (Good Friday, a Friday-observed holiday, a closure).
///
/// Weeks run Monday to Sunday. A week with no session on or before its Friday would have no
/// expiration (this never happens between 1990 and 2050).
public enum SPXExpirations {
    /// The expiration of the Monday-to-Sunday week that contains `date`, or nil when that week has
    /// no session from Monday through Friday.
    public static func expiration(inWeekOf date: CalendarDate) -> CalendarDate? {
        let monday = date.adding(days: 1 - date.isoWeekday)
        let friday = monday.adding(days: 4)
        let expiration = NYSECalendar.sessionOnOrBefore(friday)
        return expiration >= monday ? expiration : nil
    }

    /// True when `date` is an SPX expiration.
    public static func isExpiration(_ date: CalendarDate) -> Bool {
        expiration(inWeekOf: date) == date
    }

    /// Every expiration from `from` through `to`, both included, in order; empty when `from > to`.
    public static func expirations(from: CalendarDate, to: CalendarDate) -> [CalendarDate] {
        guard from <= to else { return [] }
        var result: [CalendarDate] = []
        var weekDay = from
        while weekDay.adding(days: 1 - weekDay.isoWeekday) <= to {
            if let expiration = expiration(inWeekOf: weekDay), expiration >= from, expiration <= to {
                result.append(expiration)
            }
            weekDay = weekDay.adding(days: 7)
        }
        return result
    }

    /// The first `limit` expirations strictly later than `date`, in order.
    public static func expirations(after date: CalendarDate, limit: Int) -> [CalendarDate] {
        var result: [CalendarDate] = []
        var weekDay = date
        while result.count < limit {
            if let expiration = expiration(inWeekOf: weekDay), expiration > date {
                result.append(expiration)
            }
            weekDay = weekDay.adding(days: 7)
        }
        return result
    }

    /// The first expiration strictly later than `date`.
    public static func nextExpiration(after date: CalendarDate) -> CalendarDate {
        var weekDay = date
        while true {
            if let expiration = expiration(inWeekOf: weekDay), expiration > date { return expiration }
            weekDay = weekDay.adding(days: 7)
        }
    }

    /// The expiration later than `date` whose distance in calendar days is closest to
    /// `targetDays`; of two equally close, the later one.
    ///
    /// This is the engine's choice of expiry for a new position (e.g. `targetDays` 35, or 14 for
    /// the short expiry of ALVH layer 2). A target of zero or less gives the next expiration.
    public static func closest(toCalendarDays targetDays: Int, after date: CalendarDate) -> CalendarDate {
        var best = nextExpiration(after: date)
        var bestGap = abs((best - date) - targetDays)
        var candidate = best
        while true {
            candidate = nextExpiration(after: candidate)
            let gap = abs((candidate - date) - targetDays)
            if gap > bestGap && candidate - date > targetDays { return best }
            if gap <= bestGap {
                best = candidate
                bestGap = gap
            }
        }
    }
}
