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
public struct TradingDay: Hashable, Sendable, Encodable {
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
    /// The date of the `breadth.csv` row whose figures ``advances`` and ``declines`` carry forward
    /// (nil when the day has its own row, or no figures at all).
    public var breadthCarriedFrom: CalendarDate?
    /// The date of the `rates.csv` row whose rate ``ratePercent`` carries forward (nil when the day
    /// has its own row, or no rate at all).
    public var rateCarriedFrom: CalendarDate?

    /// Creates a trading day.
    public init(
        date: CalendarDate, spx: Double, vix: Double, advances: Double? = nil, declines: Double? = nil,
        ratePercent: Double? = nil, vx1: Double? = nil, vx2: Double? = nil, breadthCarriedFrom: CalendarDate? = nil,
        rateCarriedFrom: CalendarDate? = nil
    ) {
        self.date = date
        self.spx = spx
        self.vix = vix
        self.advances = advances
        self.declines = declines
        self.ratePercent = ratePercent
        self.vx1 = vx1
        self.vx2 = vx2
        self.breadthCarriedFrom = breadthCarriedFrom
        self.rateCarriedFrom = rateCarriedFrom
    }
}

/// The aligned market history the engine runs on: trading days in date order plus the event list.
public struct MarketSeries: Sendable, Hashable {
    /// Trading days, strictly increasing by date.
    public var days: [TradingDay]
    /// Every event from `events.csv`, sorted by date then name.
    public var events: [MarketEvent]
    /// SPX closes dated before the first VIX close, in date order: they are not trading days and
    /// get no briefing, but warm up the indicators that read the SPX alone (realised volatility).
    public var spxWarmUp: [DatedClose]
    /// The optional files that were supplied (`breadth.csv`, `rates.csv`, `events.csv`,
    /// `vix_futures.csv`), with the dates their rows span; a file that is not a key was not supplied.
    public var coverage: [MarketDataFile: InputCoverage]
    /// The option quotes of `chain.csv`, when it was supplied (quote dates are trading days of the
    /// series); the engine prices from them on the days they cover.
    public var chain: OptionChain?

    /// Creates a series.
    ///
    /// - Parameters:
    ///   - days: Trading days, strictly increasing by date.
    ///   - events: The events, sorted by date then name.
    ///   - spxWarmUp: SPX closes before the first trading day, in date order.
    ///   - coverage: The optional files supplied; nil takes it from the values present: the span of
    ///     the events, and of the days with breadth, a rate or a VX1 quote.
    ///   - chain: the option quotes, when a chain was supplied.
    public init(
        days: [TradingDay], events: [MarketEvent] = [], spxWarmUp: [DatedClose] = [],
        coverage: [MarketDataFile: InputCoverage]? = nil, chain: OptionChain? = nil
    ) {
        self.chain = chain
        self.days = days
        self.events = events
        self.spxWarmUp = spxWarmUp
        self.coverage = coverage ?? MarketSeries.coverage(days: days, events: events)
    }

    /// The series restricted to `from...to` (either bound optional). Events and coverage are kept
    /// whole; the SPX closes of the days cut off before `from` join the warm-up closes.
    public func clipped(from: CalendarDate?, to: CalendarDate?) -> MarketSeries {
        let kept = days.filter { day in
            (from.map { day.date >= $0 } ?? true) && (to.map { day.date <= $0 } ?? true)
        }
        let cutOff = from.map { start in days.prefix { $0.date < start } } ?? []
        return MarketSeries(
            days: kept, events: events,
            spxWarmUp: spxWarmUp + cutOff.map { DatedClose(date: $0.date, close: $0.spx) }, coverage: coverage,
            chain: chain)
    }

    /// The coverage the values of a hand-made series show (see ``init(days:events:spxWarmUp:coverage:)``).
    private static func coverage(days: [TradingDay], events: [MarketEvent]) -> [MarketDataFile: InputCoverage] {
        var result: [MarketDataFile: InputCoverage] = [:]
        let found: [(MarketDataFile, [CalendarDate])] = [
            (.events, events.map(\.date)),
            (.breadth, days.filter { $0.advances != nil }.map(\.date)),
            (.rates, days.filter { $0.ratePercent != nil }.map(\.date)),
            (.vixFutures, days.filter { $0.vx1 != nil }.map(\.date)),
        ]
        for (file, dates) in found where !dates.isEmpty {
            result[file] = InputCoverage(dates: dates)
        }
        return result
    }
}

extension TradingDay {
    /// The VIX future of the `contract`-th listed expiration on or after this date (0: VX1, 1: VX2)
    /// when the day supplies a usable one (positive and finite); nil otherwise, and for later contracts.
    public func vixFuture(_ contract: Int) -> Double? {
        let price = contract == 0 ? vx1 : contract == 1 ? vx2 : nil
        return price.flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
    }
}
