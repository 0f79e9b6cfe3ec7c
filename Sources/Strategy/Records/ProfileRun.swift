/// The outcome of one profile over a series: a record per trading day, the closed trades, the metrics.
public struct ProfileRun: Sendable, Hashable, Encodable {
    /// The profile.
    public var profile: Profile
    /// One record per trading day of the series, in date order (warm-up days included).
    public var records: [DayRecord]
    /// Closed condors in closing order.
    public var trades: [TradeRecord]
    /// Performance metrics.
    public var metrics: ProfileMetrics

    /// Creates a run.
    public init(profile: Profile, records: [DayRecord], trades: [TradeRecord], metrics: ProfileMetrics) {
        self.profile = profile
        self.records = records
        self.trades = trades
        self.metrics = metrics
    }
}
