extension NYSECalendar {
    /// The one-off closures from 1990 to 2050, in date order.
    ///
    /// The SPEC's list (2001-09-11 to 14, 2004-06-11, 2007-01-02, 2012-10-29 and 30,
    /// 2018-12-05, 2025-01-09) plus the one other full-day closure the exchange observed in that
    /// period: 1994-04-27, the national day of mourning for President Richard Nixon.
    public static let specialClosures: [NYSEHoliday] = specialClosureTable.compactMap { entry in
        CalendarDate(year: entry.year, month: entry.month, day: entry.day).map {
            NYSEHoliday(date: $0, name: entry.name, kind: .special)
        }
    }

    private static let specialClosureTable: [(year: Int, month: Int, day: Int, name: String)] = [
        (1994, 4, 27, "National Day of Mourning for President Richard Nixon"),
        (2001, 9, 11, "Closed after the September 11 attacks"),
        (2001, 9, 12, "Closed after the September 11 attacks"),
        (2001, 9, 13, "Closed after the September 11 attacks"),
        (2001, 9, 14, "Closed after the September 11 attacks"),
        (2004, 6, 11, "National Day of Mourning for President Ronald Reagan"),
        (2007, 1, 2, "National Day of Mourning for President Gerald Ford"),
        (2012, 10, 29, "Hurricane Sandy"),
        (2012, 10, 30, "Hurricane Sandy"),
        (2018, 12, 5, "National Day of Mourning for President George H. W. Bush"),
        (2025, 1, 9, "National Day of Mourning for President Jimmy Carter"),
    ]

    /// Every weekday of `year` on which the exchange is closed, regular holidays and one-off
    /// closures alike, in date order.
    ///
    /// The regular holidays: New Year's Day, Martin Luther King Jr. Day (third Monday of January,
    /// from 1998), Washington's Birthday (third Monday of February), Good Friday, Memorial Day
    /// (last Monday of May), Juneteenth (June 19, from 2022), Independence Day, Labor Day (first
    /// Monday of September), Thanksgiving (fourth Thursday of November) and Christmas. A fixed-date
    /// holiday on a Saturday is observed on the Friday before and on a Sunday on the Monday after,
    /// except New Year's Day on a Saturday, which is not observed at all (December 31 is the end of
    /// an accounting year and stays a session). Every date returned lies within `year`.
    public static func holidays(year: Int) -> [NYSEHoliday] {
        var result: [NYSEHoliday] = []
        func add(_ date: CalendarDate?, _ name: String, _ kind: NYSEHoliday.Kind = .regular) {
            if let date, !date.isWeekend { result.append(NYSEHoliday(date: date, name: name, kind: kind)) }
        }
        func addFixed(month: Int, day: Int, _ name: String) {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return }
            let observed = GregorianRules.observed(date)
            add(observed, observed == date ? name : name + " (observed)")
        }
        typealias Rules = GregorianRules

        if let newYear = CalendarDate(year: year, month: 1, day: 1), newYear.isoWeekday != 6 {
            addFixed(month: 1, day: 1, "New Year's Day")
        }
        if year >= 1998 {
            add(Rules.nthWeekday(3, weekday: Rules.monday, month: 1, year: year), "Martin Luther King Jr. Day")
        }
        add(Rules.nthWeekday(3, weekday: Rules.monday, month: 2, year: year), "Washington's Birthday")
        add(Rules.easterSunday(year: year)?.adding(days: -2), "Good Friday")
        add(Rules.lastWeekday(Rules.monday, month: 5, year: year), "Memorial Day")
        if year >= 2022 { addFixed(month: 6, day: 19, "Juneteenth National Independence Day") }
        addFixed(month: 7, day: 4, "Independence Day")
        add(Rules.nthWeekday(1, weekday: Rules.monday, month: 9, year: year), "Labor Day")
        add(Rules.nthWeekday(4, weekday: Rules.thursday, month: 11, year: year), "Thanksgiving Day")
        addFixed(month: 12, day: 25, "Christmas Day")
        for closure in specialClosures where closure.date.year == year {
            add(closure.date, closure.name, .special)
        }
        return result.sorted { $0.date < $1.date }
    }
}
