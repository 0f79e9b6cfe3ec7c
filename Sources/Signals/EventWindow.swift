import MarketData

/// Scheduled events seen from a trading session: what is coming in the next few sessions.
///
/// The window looks forward in the calendar, not in the data: session dates and the event schedule
/// are known in advance, so using them is not look-ahead. Pass the NYSE sessions (from the
/// calendar) and extend them a few sessions past the last trading day, so the last days of the data
/// still see their upcoming events; when fewer sessions are known, the window stops at the last one.
public struct EventWindow: Sendable, Hashable {
    /// Session dates, strictly increasing.
    public let sessions: [CalendarDate]
    /// Events, sorted by date then name.
    public let events: [MarketEvent]

    /// Creates a window; sessions are sorted and de-duplicated, events sorted by date then name.
    public init(sessions: [CalendarDate], events: [MarketEvent]) {
        self.sessions = Array(Set(sessions)).sorted()
        self.events = events.sorted { ($0.date, $0.name, $0.kind.rawValue) < ($1.date, $1.name, $1.kind.rawValue) }
    }

    /// The index of `date` in ``sessions``, or nil when it is not a session.
    public func index(of date: CalendarDate) -> Int? {
        let position = Self.lowerBound(sessions, date) { $0 }
        return position < sessions.count && sessions[position] == date ? position : nil
    }

    /// The session after `sessions[index]`, or nil when none is known.
    public func nextSession(after index: Int) -> CalendarDate? {
        sessions.indices.contains(index + 1) && index >= 0 ? sessions[index + 1] : nil
    }

    /// The events in the next `count` sessions after `sessions[index]`.
    ///
    /// That is every event dated strictly after `sessions[index]` and on or before
    /// `sessions[index + count]` (or the last known session when fewer follow), in date order.
    /// An event on a non-session day (a weekend or a holiday) belongs to the session after it.
    ///
    /// - Parameters:
    ///   - index: Today's index in ``sessions``.
    ///   - count: How many sessions to look ahead (5 in the spec's briefing).
    /// - Returns: Empty when `index` is outside ``sessions``, `count` is below 1 or no session follows.
    public func upcomingEvents(after index: Int, sessions count: Int = 5) -> [MarketEvent] {
        guard count >= 1, sessions.indices.contains(index), index + 1 < sessions.count else { return [] }
        let today = sessions[index]
        let last = sessions[min(index + count, sessions.count - 1)]
        let start = Self.lowerBound(events, today.adding(days: 1)) { $0.date }
        var found: [MarketEvent] = []
        for event in events[start...] {
            guard event.date <= last else { break }
            found.append(event)
        }
        return found
    }

    /// The events dated exactly on the session after `sessions[index]` (empty when none is known).
    public func eventsOnNextSession(after index: Int) -> [MarketEvent] {
        guard let next = nextSession(after: index) else { return [] }
        let start = Self.lowerBound(events, next) { $0.date }
        return Array(events[start...].prefix { $0.date == next })
    }

    /// True when an FOMC, CPI or PPI event is dated exactly on the session after `sessions[index]`.
    ///
    /// This is the `event-window` condition of the band rule. An event dated on a non-session day
    /// does not count; `OTHER` events never count.
    public func hasMarketMovingEventOnNextSession(after index: Int) -> Bool {
        eventsOnNextSession(after: index).contains { $0.kind.isMarketMoving }
    }

    private static func lowerBound<Element>(
        _ items: [Element], _ date: CalendarDate, key: (Element) -> CalendarDate
    ) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if key(items[middle]) < date { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
