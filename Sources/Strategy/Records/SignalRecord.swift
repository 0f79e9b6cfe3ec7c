import MarketData

/// The day's advisory signals (SPEC §5): VIX MACD and RSI, A/D line, realised volatility, events.
public struct SignalRecord: Sendable, Hashable, Codable {
    /// VIX MACD line, once the slow EMA and the signal line have warmed up.
    public var macd: Double?
    /// VIX MACD signal line.
    public var macdSignal: Double?
    /// Wilder RSI of the VIX.
    public var rsi: Double?
    /// Cumulative advance–decline line, when breadth data was supplied.
    public var adLine: Double?
    /// Annualised realised volatility of the SPX over the configured window (decimal).
    public var realisedVol: Double?
    /// Whether SPX and A/D line diverged while the VIX rose (nil without breadth data or history).
    public var breadthDivergent: Bool?
    /// Events in the next `eventLookaheadSessions` NYSE sessions, as far as the calendar reaches.
    public var upcomingEvents: [MarketEvent]
    /// Whether ``upcomingEvents`` is the whole story: no calendar, or one that does not reach over
    /// the whole window, leaves upcoming releases unknown.
    public var eventCalendar: EventCalendarStatus

    /// Creates a signal record.
    public init(
        macd: Double? = nil, macdSignal: Double? = nil, rsi: Double? = nil, adLine: Double? = nil,
        realisedVol: Double? = nil, breadthDivergent: Bool? = nil, upcomingEvents: [MarketEvent] = [],
        eventCalendar: EventCalendarStatus = .complete
    ) {
        self.macd = macd
        self.macdSignal = macdSignal
        self.rsi = rsi
        self.adLine = adLine
        self.realisedVol = realisedVol
        self.breadthDivergent = breadthDivergent
        self.upcomingEvents = upcomingEvents
        self.eventCalendar = eventCalendar
    }

    private enum CodingKeys: String, CodingKey {
        case macd, macdSignal, rsi, adLine, realisedVol, breadthDivergent, upcomingEvents, eventCalendar
    }

    /// Encodes the signals with fixed precision, writing `null` for values not yet available.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(macd, forKey: .macd, unit: .indicator)
        try c.encode(macdSignal, forKey: .macdSignal, unit: .indicator)
        try c.encode(rsi, forKey: .rsi, unit: .indicator)
        try c.encode(adLine, forKey: .adLine, unit: .points)
        try c.encode(realisedVol, forKey: .realisedVol, unit: .fraction)
        if let breadthDivergent {
            try c.encode(breadthDivergent, forKey: .breadthDivergent)
        } else {
            try c.encodeNil(forKey: .breadthDivergent)
        }
        try c.encode(upcomingEvents, forKey: .upcomingEvents)
        try c.encode(eventCalendar, forKey: .eventCalendar)
    }
}
