import MarketData
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

extension ArchiveRun {
    /// The records and trades of an engine run (its metrics are not archived).
    public init(_ run: ProfileRun) {
        self.init(profile: run.profile, days: run.records, trades: run.trades)
    }

    /// The part of the run after a date: its later days and the trades closed on them.
    ///
    /// - Parameter date: The last date already archived, or nil for the whole run.
    /// - Returns: A run holding only the days (and trades) dated after `date`.
    public func after(_ date: CalendarDate?) -> ArchiveRun {
        guard let date else { return self }
        return ArchiveRun(
            profile: profile, days: days.filter { $0.date > date }, trades: trades.filter { $0.closeDate > date })
    }
}
