import MarketData
import Testing

@testable import Strategy

/// Whether a day's event window is covered by the supplied calendar.
@Suite("Event calendar status")
struct EventCalendarStatusTests {
    static func date(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    @Test("no file, a file without events, and files that miss either end of the window")
    func statuses() throws {
        let start = try Self.date("2024-03-05")
        let end = try Self.date("2024-03-12")
        let coverage = InputCoverage(first: try Self.date("2024-01-10"), last: try Self.date("2024-06-12"))
        #expect(EventCalendarStatus(coverage: nil, from: start, through: end) == .notSupplied)
        #expect(
            EventCalendarStatus(coverage: InputCoverage(first: nil, last: nil), from: start, through: end)
                == .partial(startsOn: nil, endsOn: nil))
        #expect(EventCalendarStatus(coverage: coverage, from: start, through: end) == .complete)
        #expect(
            EventCalendarStatus(
                coverage: coverage, from: try Self.date("2024-06-10"), through: try Self.date("2024-06-17"))
                == .partial(startsOn: nil, endsOn: try Self.date("2024-06-12")))
        #expect(
            EventCalendarStatus(
                coverage: coverage, from: try Self.date("2024-01-03"), through: try Self.date("2024-01-10"))
                == .partial(startsOn: try Self.date("2024-01-10"), endsOn: nil))
    }

    @Test(
        "the engine marks the days whose window runs past the last event, and none without a calendar claims completeness"
    )
    func engineStatuses() throws {
        let market = TestMarkets.generated(seed: 3, sessions: 120)
        let lastEvent = try #require(market.events.last?.date)
        let run = EngineTestSupport.engine.run(series: market, profile: .steward)
        for record in run.records {
            let windowEnd = (0..<5).reduce(record.date) { date, _ in NYSECalendar.nextSession(after: date) }
            let expected: EventCalendarStatus =
                windowEnd > lastEvent ? .partial(startsOn: nil, endsOn: lastEvent) : .complete
            if record.date.adding(days: 1) >= market.events[0].date {
                #expect(record.signals.eventCalendar == expected, "\(record.date)")
            }
        }
        let bare = MarketSeries(days: market.days)
        let bareRun = EngineTestSupport.engine.run(series: bare, profile: .steward)
        #expect(bareRun.records.allSatisfy { $0.signals.eventCalendar == .notSupplied })
    }
}
