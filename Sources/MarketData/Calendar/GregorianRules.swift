/// Small date rules of the Gregorian calendar used to place holidays.
enum GregorianRules {
    /// ISO weekday numbers used by the holiday rules.
    static let monday = 1
    static let thursday = 4
    static let friday = 5

    /// The `n`-th (1-based) given ISO weekday of a month, e.g. the third Monday of January.
    static func nthWeekday(_ n: Int, weekday: Int, month: Int, year: Int) -> CalendarDate? {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        let offset = (weekday - first.isoWeekday + 7) % 7
        return first.adding(days: offset + 7 * (n - 1))
    }

    /// The last given ISO weekday of a month, e.g. the last Monday of May.
    static func lastWeekday(_ weekday: Int, month: Int, year: Int) -> CalendarDate? {
        let length = CalendarDate.daysInMonth(year: year, month: month)
        guard let last = CalendarDate(year: year, month: month, day: length) else { return nil }
        let offset = (last.isoWeekday - weekday + 7) % 7
        return last.adding(days: -offset)
    }

    /// Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    static func easterSunday(year: Int) -> CalendarDate? {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The weekday a fixed-date holiday is observed on: Saturday moves to Friday, Sunday to Monday.
    static func observed(_ date: CalendarDate) -> CalendarDate {
        switch date.isoWeekday {
        case 6: return date.adding(days: -1)
        case 7: return date.adding(days: 1)
        default: return date
        }
    }
}
