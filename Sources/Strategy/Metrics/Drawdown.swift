import MarketData

/// The largest peak-to-trough fall of a value series, with its dates.
public struct Drawdown: Sendable, Hashable, Codable {
    /// The depth as a positive fraction of the peak: 0.25 means the value fell 25 % below it.
    public var depth: Double
    /// The date of the peak the fall started from.
    public var peakDate: CalendarDate
    /// The date of the lowest value of the fall.
    public var troughDate: CalendarDate
    /// The first date after the trough when the value was back at or above the peak; nil if never.
    public var recoveryDate: CalendarDate?

    /// Creates a drawdown.
    public init(depth: Double, peakDate: CalendarDate, troughDate: CalendarDate, recoveryDate: CalendarDate?) {
        self.depth = depth
        self.peakDate = peakDate
        self.troughDate = troughDate
        self.recoveryDate = recoveryDate
    }
}
