import MarketData
import Testing

@testable import Signals

@Suite struct EventWindowTests {
    private func date(_ text: String) -> CalendarDate {
        CalendarDate(iso: text) ?? CalendarDate(daysSinceEpoch: 0)
    }

    /// Sessions Mon 2024-03-11 … Fri 2024-03-22 (ten sessions), events around them.
    private var window: EventWindow {
        let sessions = (0..<12).map { date("2024-03-11").adding(days: $0) }.filter { !$0.isWeekend }
        let events = [
            MarketEvent(date: date("2024-03-20"), name: "FOMC decision", kind: .fomc),
            MarketEvent(date: date("2024-03-12"), name: "CPI", kind: .cpi),
            MarketEvent(date: date("2024-03-14"), name: "PPI", kind: .ppi),
            MarketEvent(date: date("2024-03-16"), name: "Weekend note", kind: .other),
            MarketEvent(date: date("2024-03-14"), name: "Jobless claims", kind: .other),
        ]
        return EventWindow(sessions: sessions.reversed(), events: events)
    }

    @Test func sessionsAndEventsAreSorted() {
        #expect(window.sessions.count == 10)
        #expect(window.sessions.first == date("2024-03-11"))
        #expect(window.events.map(\.name) == ["CPI", "Jobless claims", "PPI", "Weekend note", "FOMC decision"])
        #expect(window.index(of: date("2024-03-18")) == 5)
        #expect(window.index(of: date("2024-03-16")) == nil)
    }

    @Test func upcomingEventsCoverTheNextSessionsOnly() {
        // From Mon 11th, five sessions: Tue 12th … Mon 18th (the weekend note falls inside).
        #expect(window.upcomingEvents(after: 0).map(\.name) == ["CPI", "Jobless claims", "PPI", "Weekend note"])
        // From Tue 12th, today's CPI is not upcoming.
        #expect(window.upcomingEvents(after: 1, sessions: 2).map(\.name) == ["Jobless claims", "PPI"])
        // From Fri 15th, one session ahead is Mon 18th: the weekend note belongs to it.
        #expect(window.upcomingEvents(after: 4, sessions: 1).map(\.name) == ["Weekend note"])
        // Near the end the window stops at the last known session.
        #expect(window.upcomingEvents(after: 6, sessions: 5).map(\.name) == ["FOMC decision"])
        #expect(window.upcomingEvents(after: 7, sessions: 5).isEmpty)  // the FOMC is today, not upcoming
        #expect(window.upcomingEvents(after: 9).isEmpty)
        #expect(window.upcomingEvents(after: 0, sessions: 0).isEmpty)
        #expect(window.upcomingEvents(after: -1).isEmpty)
    }

    @Test func marketMovingEventOnTheNextSession() {
        #expect(window.hasMarketMovingEventOnNextSession(after: 0))  // CPI on Tue 12th
        #expect(!window.hasMarketMovingEventOnNextSession(after: 1))  // nothing on Wed 13th
        #expect(window.hasMarketMovingEventOnNextSession(after: 2))  // PPI on Thu 14th
        #expect(window.eventsOnNextSession(after: 2).map(\.name) == ["Jobless claims", "PPI"])
        #expect(!window.hasMarketMovingEventOnNextSession(after: 4))  // only an OTHER event, on a Saturday
        #expect(window.hasMarketMovingEventOnNextSession(after: 6))  // FOMC on Wed 20th
        #expect(!window.hasMarketMovingEventOnNextSession(after: 9))  // no next session known
        #expect(window.nextSession(after: 4) == date("2024-03-18"))
        #expect(window.nextSession(after: 9) == nil)
    }
}
