import Testing

@testable import MarketData

/// The NYSE's published full-day closures (weekdays only), typed out by hand, year by year.
/// Saturday New Year's Days (2000, 2005, 2011, 2022, 2028) close nothing: the Friday before stays open.
private let officialClosures: [Int: [String]] = [
    2000: ["01-17", "02-21", "04-21", "05-29", "07-04", "09-04", "11-23", "12-25"],
    2001: ["01-01", "01-15", "02-19", "04-13", "05-28", "07-04", "09-03",
           "09-11", "09-12", "09-13", "09-14", "11-22", "12-25"],
    2002: ["01-01", "01-21", "02-18", "03-29", "05-27", "07-04", "09-02", "11-28", "12-25"],
    2003: ["01-01", "01-20", "02-17", "04-18", "05-26", "07-04", "09-01", "11-27", "12-25"],
    2004: ["01-01", "01-19", "02-16", "04-09", "05-31", "06-11", "07-05", "09-06", "11-25", "12-24"],
    2005: ["01-17", "02-21", "03-25", "05-30", "07-04", "09-05", "11-24", "12-26"],
    2006: ["01-02", "01-16", "02-20", "04-14", "05-29", "07-04", "09-04", "11-23", "12-25"],
    2007: ["01-01", "01-02", "01-15", "02-19", "04-06", "05-28", "07-04", "09-03", "11-22", "12-25"],
    2008: ["01-01", "01-21", "02-18", "03-21", "05-26", "07-04", "09-01", "11-27", "12-25"],
    2009: ["01-01", "01-19", "02-16", "04-10", "05-25", "07-03", "09-07", "11-26", "12-25"],
    2010: ["01-01", "01-18", "02-15", "04-02", "05-31", "07-05", "09-06", "11-25", "12-24"],
    2011: ["01-17", "02-21", "04-22", "05-30", "07-04", "09-05", "11-24", "12-26"],
    2012: ["01-02", "01-16", "02-20", "04-06", "05-28", "07-04", "09-03", "10-29", "10-30", "11-22", "12-25"],
    2013: ["01-01", "01-21", "02-18", "03-29", "05-27", "07-04", "09-02", "11-28", "12-25"],
    2014: ["01-01", "01-20", "02-17", "04-18", "05-26", "07-04", "09-01", "11-27", "12-25"],
    2015: ["01-01", "01-19", "02-16", "04-03", "05-25", "07-03", "09-07", "11-26", "12-25"],
    2016: ["01-01", "01-18", "02-15", "03-25", "05-30", "07-04", "09-05", "11-24", "12-26"],
    2017: ["01-02", "01-16", "02-20", "04-14", "05-29", "07-04", "09-04", "11-23", "12-25"],
    2018: ["01-01", "01-15", "02-19", "03-30", "05-28", "07-04", "09-03", "11-22", "12-05", "12-25"],
    2019: ["01-01", "01-21", "02-18", "04-19", "05-27", "07-04", "09-02", "11-28", "12-25"],
    2020: ["01-01", "01-20", "02-17", "04-10", "05-25", "07-03", "09-07", "11-26", "12-25"],
    2021: ["01-01", "01-18", "02-15", "04-02", "05-31", "07-05", "09-06", "11-25", "12-24"],
    2022: ["01-17", "02-21", "04-15", "05-30", "06-20", "07-04", "09-05", "11-24", "12-26"],
    2023: ["01-02", "01-16", "02-20", "04-07", "05-29", "06-19", "07-04", "09-04", "11-23", "12-25"],
    2024: ["01-01", "01-15", "02-19", "03-29", "05-27", "06-19", "07-04", "09-02", "11-28", "12-25"],
    2025: ["01-01", "01-09", "01-20", "02-17", "04-18", "05-26", "06-19", "07-04", "09-01", "11-27", "12-25"],
    2026: ["01-01", "01-19", "02-16", "04-03", "05-25", "06-19", "07-03", "09-07", "11-26", "12-25"],
    2027: ["01-01", "01-18", "02-15", "03-26", "05-31", "06-18", "07-05", "09-06", "11-25", "12-24"],
    2028: ["01-17", "02-21", "04-14", "05-29", "06-19", "07-04", "09-04", "11-23", "12-25"],
    2029: ["01-01", "01-15", "02-19", "03-30", "05-28", "06-19", "07-04", "09-03", "11-22", "12-25"],
    2030: ["01-01", "01-21", "02-18", "04-19", "05-27", "06-19", "07-04", "09-02", "11-28", "12-25"],
]

@Suite("NYSE calendar")
struct CalendarTests {
    @Test("weekday closures match the official schedule", arguments: 2000...2030)
    func weekdayClosuresMatchOfficialSchedule(year: Int) throws {
        let expected = try #require(officialClosures[year]).map { "\(year)-\($0)" }
        let first = try #require(CalendarDate(year: year, month: 1, day: 1))
        let last = try #require(CalendarDate(year: year, month: 12, day: 31))
        var closed: [String] = []
        var day = first
        while day <= last {
            if !day.isWeekend && !NYSECalendar.isSession(day) { closed.append(day.iso) }
            day = day.adding(days: 1)
        }
        #expect(closed == expected)
        #expect(NYSECalendar.holidays(year: year).map(\.date.iso) == expected)
    }

    @Test("weekends are never sessions")
    func weekendsAreNeverSessions() throws {
        let saturday = try isoDate("2024-06-15")
        #expect(!NYSECalendar.isSession(saturday))
        #expect(!NYSECalendar.isSession(saturday.adding(days: 1)))
        #expect(NYSECalendar.isSession(saturday.adding(days: 2)))
    }

    @Test("a Saturday New Year's Day leaves December 31 a session")
    func saturdayNewYearIsNotObserved() throws {
        #expect(NYSECalendar.isSession(try isoDate("2021-12-31")))
        #expect(NYSECalendar.isSession(try isoDate("2027-12-31")))
        #expect(NYSECalendar.isSession(try isoDate("2010-12-31")))
        #expect(!NYSECalendar.isSession(try isoDate("2021-12-24")))
    }

    @Test("observed holidays carry their names")
    func observedHolidayNames() throws {
        let names = Dictionary(
            uniqueKeysWithValues: NYSECalendar.holidays(year: 2027).map { ($0.date.iso, $0.name) })
        #expect(names["2027-06-18"] == "Juneteenth National Independence Day (observed)")
        #expect(names["2027-07-05"] == "Independence Day (observed)")
        #expect(names["2027-12-24"] == "Christmas Day (observed)")
        #expect(names["2027-03-26"] == "Good Friday")
        let carter = NYSECalendar.holidays(year: 2025).first { $0.date.iso == "2025-01-09" }
        #expect(carter?.kind == .special)
        #expect(carter?.description == "2025-01-09 National Day of Mourning for President Jimmy Carter")
    }

    @Test("rules that started later are absent before they started")
    func lateRulesStartOnTime() throws {
        #expect(NYSECalendar.isSession(try isoDate("1997-01-20")))  // MLK Day, before 1998
        #expect(!NYSECalendar.isSession(try isoDate("1998-01-19")))
        #expect(NYSECalendar.isSession(try isoDate("2021-06-18")))  // Juneteenth, before 2022
        #expect(!NYSECalendar.isSession(try isoDate("2022-06-20")))
    }

    @Test("one-off closures, including the 1994 Nixon day of mourning")
    func specialClosures() throws {
        let dates = NYSECalendar.specialClosures.map(\.date.iso)
        #expect(dates == [
            "1994-04-27", "2001-09-11", "2001-09-12", "2001-09-13", "2001-09-14", "2004-06-11",
            "2007-01-02", "2012-10-29", "2012-10-30", "2018-12-05", "2025-01-09",
        ])
        for closure in NYSECalendar.specialClosures {
            #expect(!NYSECalendar.isSession(closure.date))
            #expect(!closure.date.isWeekend)
        }
    }

    @Test("Good Friday follows the Gregorian Easter", arguments: [
        (1990, "1990-04-13"), (1994, "1994-04-01"), (2038, "2038-04-23"),
        (2045, "2045-04-07"), (2050, "2050-04-08"),
    ])
    func goodFridayAcrossTheRange(year: Int, expected: String) {
        let goodFriday = NYSECalendar.holidays(year: year).first { $0.name == "Good Friday" }
        #expect(goodFriday?.date.iso == expected)
    }

    @Test("session counts of recent years")
    func sessionCounts() throws {
        let counts = try [2019, 2021, 2022, 2023, 2024, 2025].map { year in
            NYSECalendar.sessions(
                from: try isoDate("\(year)-01-01"), to: try isoDate("\(year)-12-31")
            ).count
        }
        #expect(counts == [252, 252, 251, 250, 252, 250])
    }

    @Test("next and previous sessions skip closures")
    func nextAndPreviousSessions() throws {
        #expect(NYSECalendar.nextSession(after: try isoDate("2001-09-10")).iso == "2001-09-17")
        #expect(NYSECalendar.previousSession(before: try isoDate("2012-10-31")).iso == "2012-10-26")
        #expect(NYSECalendar.nextSession(after: try isoDate("2024-12-24")).iso == "2024-12-26")
        #expect(NYSECalendar.previousSession(before: try isoDate("2024-12-26")).iso == "2024-12-24")
        #expect(NYSECalendar.sessionOnOrAfter(try isoDate("2024-03-29")).iso == "2024-04-01")
        #expect(NYSECalendar.sessionOnOrBefore(try isoDate("2024-03-29")).iso == "2024-03-28")
        #expect(NYSECalendar.sessionOnOrAfter(try isoDate("2024-04-01")).iso == "2024-04-01")
    }

    @Test("sessions between two dates include both ends and are empty when reversed")
    func sessionsRange() throws {
        let week = NYSECalendar.sessions(from: try isoDate("2024-03-25"), to: try isoDate("2024-04-01"))
        #expect(week.map(\.iso) == ["2024-03-25", "2024-03-26", "2024-03-27", "2024-03-28", "2024-04-01"])
        #expect(NYSECalendar.sessions(from: try isoDate("2024-04-01"), to: try isoDate("2024-03-25")).isEmpty)
    }

    @Test("years outside the table follow the same rules")
    func yearsOutsideTheTable() throws {
        #expect(!NYSECalendar.isSession(try isoDate("2051-12-25")))
        #expect(NYSECalendar.isSession(try isoDate("2051-12-26")))
        #expect(!NYSECalendar.isSession(try isoDate("1989-07-04")))
    }
}

/// Parses an ISO date for a test, failing the test when the text is not one.
func isoDate(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CalendarDate {
    try #require(CalendarDate(iso: text), sourceLocation: sourceLocation)
}

@Suite("Command-line date ranges")
struct CalendarRangeTests {
    @Test("a valid range keeps both dates")
    func validRange() throws {
        let range = try CalendarRange(from: try isoDate("2024-01-02"), to: try isoDate("2024-01-02"))
        #expect(range.from.iso == "2024-01-02")
        #expect(range.to.iso == "2024-01-02")
    }

    @Test("refusals name the end and the date", arguments: [
        ("2024-05-01", "2024-04-01", CalendarRangeError.reversed(from: CalendarDate(iso: "2024-05-01")!, to: CalendarDate(iso: "2024-04-01")!)),
        ("1989-12-29", "2024-04-01", .outsideSupportedYears(end: .from, date: CalendarDate(iso: "1989-12-29")!)),
        ("2024-01-01", "2051-01-01", .outsideSupportedYears(end: .to, date: CalendarDate(iso: "2051-01-01")!)),
    ])
    func refusals(from: String, to: String, refusal: CalendarRangeError) throws {
        let (first, last) = (try isoDate(from), try isoDate(to))
        #expect(throws: refusal) { try CalendarRange(from: first, to: last) }
    }
}
