import Testing

@testable import MarketData

@Suite("SPX expirations")
struct ExpirationTests {
    @Test("exactly one expiration per Monday-to-Sunday week, each a session, never after Friday")
    func oneExpirationPerWeek() throws {
        let from = try isoDate("1999-12-27")  // a Monday
        let to = try isoDate("2031-01-05")  // a Sunday
        let expirations = SPXExpirations.expirations(from: from, to: to)
        let weeks = (to - from + 1) / 7
        #expect(expirations.count == weeks)
        var weekStarts = Set<Int>()
        for expiration in expirations {
            #expect(NYSECalendar.isSession(expiration), "\(expiration) is not a session")
            #expect(expiration.isoWeekday <= 5, "\(expiration) falls after Friday")
            let monday = expiration.adding(days: 1 - expiration.isoWeekday)
            weekStarts.insert(monday.daysSinceEpoch)
            let friday = monday.adding(days: 4)
            if NYSECalendar.isSession(friday) {
                #expect(expiration == friday)
            } else {
                #expect(expiration == NYSECalendar.previousSession(before: friday))
            }
        }
        #expect(weekStarts.count == weeks)
    }

    @Test("Good Friday weeks expire on the Thursday", arguments: 2000...2030)
    func goodFridayWeeksExpireThursday(year: Int) throws {
        let goodFriday = try #require(NYSECalendar.holidays(year: year).first { $0.name == "Good Friday" }).date
        let expiration = try #require(SPXExpirations.expiration(inWeekOf: goodFriday))
        #expect(expiration == goodFriday.adding(days: -1))
        #expect(expiration.isoWeekday == 4)
    }

    @Test("closed Fridays move the expiration to the session before", arguments: [
        ("2001-09-14", "2001-09-10"),  // closed Tuesday to Friday after September 11
        ("2021-12-24", "2021-12-23"),  // Christmas observed
        ("2026-07-03", "2026-07-02"),  // Independence Day observed
        ("2027-06-18", "2027-06-17"),  // Juneteenth observed
        ("2024-01-19", "2024-01-19"),  // an ordinary Friday
    ])
    func closedFridays(friday: String, expected: String) throws {
        #expect(SPXExpirations.expiration(inWeekOf: try isoDate(friday))?.iso == expected)
        #expect(SPXExpirations.isExpiration(try isoDate(expected)))
    }

    @Test("the whole week, Sunday included, maps to the same expiration")
    func weekMembership() throws {
        let monday = try isoDate("2025-04-14")
        let expirations = (0..<7).compactMap { SPXExpirations.expiration(inWeekOf: monday.adding(days: $0)) }
        #expect(expirations.map(\.iso) == Array(repeating: "2025-04-17", count: 7))
        #expect(!SPXExpirations.isExpiration(try isoDate("2025-04-18")))
    }

    @Test("range bounds are inclusive and a reversed range is empty")
    func rangeBounds() throws {
        let list = SPXExpirations.expirations(from: try isoDate("2024-01-05"), to: try isoDate("2024-01-19"))
        #expect(list.map(\.iso) == ["2024-01-05", "2024-01-12", "2024-01-19"])
        let inner = SPXExpirations.expirations(from: try isoDate("2024-01-06"), to: try isoDate("2024-01-18"))
        #expect(inner.map(\.iso) == ["2024-01-12"])
        #expect(SPXExpirations.expirations(from: try isoDate("2024-01-19"), to: try isoDate("2024-01-05")).isEmpty)
    }

    @Test("expirations after a date are strictly later")
    func expirationsAfter() throws {
        let list = SPXExpirations.expirations(after: try isoDate("2024-01-05"), limit: 3)
        #expect(list.map(\.iso) == ["2024-01-12", "2024-01-19", "2024-01-26"])
        #expect(SPXExpirations.nextExpiration(after: try isoDate("2024-03-27")).iso == "2024-03-28")
        #expect(SPXExpirations.nextExpiration(after: try isoDate("2024-03-28")).iso == "2024-04-05")
        #expect(SPXExpirations.expirations(after: try isoDate("2024-01-05"), limit: 0).isEmpty)
    }

    @Test("closest expiration to a target distance, ties going to the later one", arguments: [
        ("2024-01-02", 35, "2024-02-09"),  // 31 days (gap 4) against 38 days (gap 3)
        ("2024-01-01", 35, "2024-02-02"),  // 32 days (gap 3) against 39 days (gap 4)
        ("2024-01-05", 35, "2024-02-09"),  // exactly 35 days
        ("2025-03-17", 35, "2025-04-25"),  // 31 (Thursday 04-17) and 39 days are both 4 away: the later
        ("2025-04-07", 14, "2025-04-25"),  // the same tie at the short target
        ("2025-04-07", 10, "2025-04-17"),
        ("2024-01-05", 0, "2024-01-12"),  // never today: always later than the date
        ("2024-01-04", 1, "2024-01-05"),
    ])
    func closestToTarget(today: String, target: Int, expected: String) throws {
        #expect(SPXExpirations.closest(toCalendarDays: target, after: try isoDate(today)).iso == expected)
    }
}
