import Testing

@testable import MarketData

@Suite("Sample event schedule")
struct SampleEventScheduleTests {
    @Test("every event falls on a session, with no two on one date", arguments: 2000...2040)
    func eventsOnSessions(year: Int) {
        let events = SampleEventSchedule.events(year: year)
        #expect(events.allSatisfy { NYSECalendar.isSession($0.date) })
        #expect(Set(events.map(\.date)).count == events.count)
        #expect(events.filter { $0.kind == .fomc }.count == 8)
        #expect(events.filter { $0.kind == .cpi }.count == 12)
        #expect(events.filter { $0.kind == .ppi }.count == 12)
        #expect(events.allSatisfy { $0.date.year == year })
    }

    @Test("FOMC decisions are Wednesdays in the usual windows")
    func fomcDates() {
        let dates = SampleEventSchedule.fomcDecisions(year: 2024).map(\.iso)
        #expect(dates == [
            "2024-01-31", "2024-03-20", "2024-05-01", "2024-06-12", "2024-07-31", "2024-09-18",
            "2024-11-06", "2024-12-11",
        ])
        for year in 2000...2040 {
            #expect(SampleEventSchedule.fomcDecisions(year: year).allSatisfy { $0.isoWeekday == 3 })
        }
    }

    @Test("CPI lands mid-month on a Tuesday to Thursday, PPI on a later session")
    func cpiAndPPI() {
        for year in 2000...2040 {
            let events = SampleEventSchedule.events(year: year)
            let cpi = events.filter { $0.kind == .cpi }
            let ppi = events.filter { $0.kind == .ppi }
            for (report, producer) in zip(cpi, ppi) {
                // At most the 16th, except 2001-09-18 after the September 11 closures.
                let latest = report.date.iso == "2001-09-18" ? 18 : 16
                #expect((10...latest).contains(report.date.day), "\(report.date)")
                #expect((2...4).contains(report.date.isoWeekday), "\(report.date)")
                #expect(producer.date > report.date && producer.date - report.date <= 4, "\(producer.date)")
            }
        }
    }

    @Test("names say which month's data a report carries")
    func names() {
        let january = SampleEventSchedule.events(year: 2025).filter { $0.date.month == 1 }
        #expect(january.map(\.name) == [
            "CPI report (December data)", "PPI report (December data)", "FOMC rate decision",
        ])
        #expect(january.map(\.date.iso) == ["2025-01-14", "2025-01-15", "2025-01-29"])
    }

    @Test("a range keeps only its own events, sorted")
    func range() throws {
        let events = SampleEventSchedule.events(from: try isoDate("2024-12-01"), to: try isoDate("2025-01-20"))
        #expect(events.map(\.date.iso) == ["2024-12-10", "2024-12-11", "2024-12-12", "2025-01-14", "2025-01-15"])
        #expect(SampleEventSchedule.events(from: try isoDate("2025-01-20"), to: try isoDate("2024-12-01")).isEmpty)
    }
}
