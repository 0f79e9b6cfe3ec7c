import Strategy

/// One profile's outcomes as the engine produced them: its day records and its closed trades.
public struct ArchiveRun: Sendable, Hashable {
    /// The profile.
    public var profile: Profile
    /// One record per session, in increasing date order.
    public var days: [DayRecord]
    /// The trades closed on those sessions, in the order they closed.
    public var trades: [TradeRecord]

    /// Creates a run.
    ///
    /// - Parameters:
    ///   - profile: The profile every day record belongs to.
    ///   - days: Its day records, in increasing date order.
    ///   - trades: The trades closed on those days.
    public init(profile: Profile, days: [DayRecord], trades: [TradeRecord] = []) {
        self.profile = profile
        self.days = days
        self.trades = trades
    }

    /// One run per profile from dictionaries keyed by profile, in ``Profile/allCases`` order.
    ///
    /// - Parameters:
    ///   - days: Day records per profile.
    ///   - trades: Closed trades per profile (absent profiles have none).
    /// - Returns: The runs of the profiles present in `days`.
    public static func runs(days: [Profile: [DayRecord]], trades: [Profile: [TradeRecord]] = [:]) -> [ArchiveRun] {
        Profile.allCases.compactMap { profile in
            days[profile].map { ArchiveRun(profile: profile, days: $0, trades: trades[profile] ?? []) }
        }
    }
}
