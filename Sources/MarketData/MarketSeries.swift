/// The kind of a scheduled macro event that can move the market.
public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
    case fomc = "FOMC"
    case cpi = "CPI"
    case ppi = "PPI"
    case other = "OTHER"

    /// True for the kinds that tighten the tolerance band the session before (FOMC, CPI, PPI).
    public var isMarketMoving: Bool { self != .other }
}

/// A scheduled event on a date, as read from `events.csv`.
public struct MarketEvent: Hashable, Sendable, Codable {
    /// The date of the event.
    public var date: CalendarDate
    /// The event's name as written in the file (untrusted text: escape before publishing).
    public var name: String
    /// The event's kind.
    public var kind: EventKind

    /// Creates an event.
    public init(date: CalendarDate, name: String, kind: EventKind) {
        self.date = date
        self.name = name
        self.kind = kind
    }
}

/// One trading day: a date with both an SPX close and a VIX close, and the optional inputs aligned to it.
public struct TradingDay: Hashable, Sendable {
    /// The session date.
    public var date: CalendarDate
    /// SPX close.
    public var spx: Double
    /// VIX close.
    public var vix: Double
    /// NYSE advancing issues, when breadth data was supplied (carried forward over gaps).
    public var advances: Double?
    /// NYSE declining issues, when breadth data was supplied (carried forward over gaps).
    public var declines: Double?
    /// Risk-free rate as an annual percent (e.g. 5.1), when `rates.csv` was supplied (carried forward).
    public var ratePercent: Double?
    /// Front-month VIX future, when supplied for this date.
    public var vx1: Double?
    /// Second-month VIX future, when supplied for this date.
    public var vx2: Double?

    /// Creates a trading day.
    public init(
        date: CalendarDate, spx: Double, vix: Double, advances: Double? = nil, declines: Double? = nil,
        ratePercent: Double? = nil, vx1: Double? = nil, vx2: Double? = nil
    ) {
        self.date = date
        self.spx = spx
        self.vix = vix
        self.advances = advances
        self.declines = declines
        self.ratePercent = ratePercent
        self.vx1 = vx1
        self.vx2 = vx2
    }
}

/// The aligned market history the engine runs on: trading days in date order plus the event list.
public struct MarketSeries: Sendable, Hashable {
    /// Trading days, strictly increasing by date.
    public var days: [TradingDay]
    /// Every event from `events.csv`, sorted by date then name.
    public var events: [MarketEvent]

    /// Creates a series.
    public init(days: [TradingDay], events: [MarketEvent] = []) {
        self.days = days
        self.events = events
    }

    /// The series restricted to `from...to` (either bound optional). Events are kept whole.
    public func clipped(from: CalendarDate?, to: CalendarDate?) -> MarketSeries {
        let kept = days.filter { day in
            (from.map { day.date >= $0 } ?? true) && (to.map { day.date <= $0 } ?? true)
        }
        return MarketSeries(days: kept, events: events)
    }
}
