import Testing

@testable import MarketData

@Suite("VIX expirations")
struct VIXExpirationTests {
    @Test("1990–2050: one a month, a Wednesday or in holiday weeks the session before it, 30 days before the next month's third Friday")
    func everyMonthFollowsTheRule() throws {
        let expirations = VIXExpirations.expirations(from: try isoDate("1990-01-01"), to: try isoDate("2050-12-31"))
        #expect(expirations.count == 61 * 12)
        var shifted = 0
        for (offset, expiration) in expirations.enumerated() {
            let year = 1990 + offset / 12
            let month = offset % 12 + 1
            #expect(expiration.year == year && expiration.month == month, "\(expiration) is not in \(year)-\(month)")
            #expect(NYSECalendar.isSession(expiration), "\(expiration) is not a session")
            // The rule, written out again from the calendar alone.
            let next = month == 12 ? (year + 1, 1) : (year, month + 1)
            var thirdFriday = try #require(CalendarDate(year: next.0, month: next.1, day: 15))
            while thirdFriday.isoWeekday != 5 { thirdFriday = thirdFriday.adding(days: 1) }
            var reference = thirdFriday
            while !NYSECalendar.isSession(reference) { reference = reference.adding(days: -1) }
            var expected = reference.adding(days: -30)
            while !NYSECalendar.isSession(expected) { expected = expected.adding(days: -1) }
            #expect(expiration == expected)
            if expiration.isoWeekday == 3 {
                continue
            }
            // Not a Wednesday: only in a week whose Wednesday, or whose next month's third Friday, is closed.
            shifted += 1
            let wednesday = expiration.adding(days: 3 - expiration.isoWeekday)
            #expect(expiration < wednesday, "\(expiration) falls after its week's Wednesday")
            #expect(
                !NYSECalendar.isSession(wednesday) || !NYSECalendar.isSession(thirdFriday),
                "\(expiration) is not a Wednesday although its week's Wednesday and the third Friday are sessions")
        }
        #expect(shifted > 0 && shifted < 40)
    }

    @Test(
        "published Cboe expirations",
        arguments: [
            ("2014-11-19", 2014, 11), ("2015-09-16", 2015, 9), ("2015-10-21", 2015, 10), ("2018-02-14", 2018, 2),
            ("2019-03-19", 2019, 3),  // Good Friday 2019-04-19: Tuesday
            ("2020-12-16", 2020, 12), ("2022-03-15", 2022, 3),  // Good Friday 2022-04-15: Tuesday
            ("2024-06-18", 2024, 6),  // Juneteenth on the Wednesday: Tuesday
        ])
    func published(iso: String, year: Int, month: Int) throws {
        #expect(VIXExpirations.expiration(year: year, month: month) == (try isoDate(iso)))
    }

    @Test("the hedge's expiration: closest to the target in calendar days, later on a tie, never today")
    func closest() throws {
        // Expirations around: 2015-08-19, 2015-09-16, 2015-10-21.
        #expect(VIXExpirations.closest(toCalendarDays: 30, after: try isoDate("2015-08-20")) == (try isoDate("2015-09-16")))
        #expect(VIXExpirations.closest(toCalendarDays: 30, after: try isoDate("2015-09-10")) == (try isoDate("2015-10-21")))
        // 2015-09-03: 13 days to 09-16, 48 to 10-21.
        #expect(VIXExpirations.closest(toCalendarDays: 30, after: try isoDate("2015-09-03")) == (try isoDate("2015-09-16")))
        // From 2015-08-19 (itself an expiration, so not a candidate): 09-16 is 28 days away, 10-21 is 63.
        #expect(VIXExpirations.closest(toCalendarDays: 45, after: try isoDate("2015-08-19")) == (try isoDate("2015-09-16")))
        #expect(VIXExpirations.closest(toCalendarDays: 46, after: try isoDate("2015-08-19")) == (try isoDate("2015-10-21")))
        // On an expiration day the expiring contract is not bought.
        #expect(VIXExpirations.closest(toCalendarDays: 0, after: try isoDate("2015-09-16")) == (try isoDate("2015-10-21")))
        // An exact tie takes the later one: from 2015-10-22, 11-18 is 27 days away and 12-16 is 55; 41 is 14 from both.
        #expect(VIXExpirations.closest(toCalendarDays: 40, after: try isoDate("2015-10-22")) == (try isoDate("2015-11-18")))
        #expect(VIXExpirations.closest(toCalendarDays: 41, after: try isoDate("2015-10-22")) == (try isoDate("2015-12-16")))
        // A long target reaches months ahead.
        #expect(VIXExpirations.closest(toCalendarDays: 365, after: try isoDate("2015-10-22")) == (try isoDate("2016-10-19")))
    }

    @Test("the front contract on a date is the first expiration on or after it")
    func contractIndex() throws {
        let expiration = try isoDate("2015-09-16")
        #expect(VIXExpirations.contractIndex(of: expiration, on: try isoDate("2015-09-16")) == 0)
        #expect(VIXExpirations.contractIndex(of: expiration, on: try isoDate("2015-08-19")) == 1)
        #expect(VIXExpirations.contractIndex(of: expiration, on: try isoDate("2015-08-18")) == 1)
        #expect(VIXExpirations.contractIndex(of: expiration, on: try isoDate("2015-07-22")) == nil)
        #expect(VIXExpirations.expirations(onOrAfter: try isoDate("2015-09-17"), limit: 2).map(\.iso) == ["2015-10-21", "2015-11-18"])
    }
}
