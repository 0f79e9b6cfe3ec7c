import MarketData
import Strategy

/// How often, when and with what aftermath a rule fired for one profile, over the published days.
struct RuleStatistics: Sendable, Equatable {
    /// The published dates the rule fired on, oldest first.
    var dates: [CalendarDate]
    /// Mean equity change (fraction) from a firing day to 5 sessions later, nil when none can be measured.
    var after5: Double?
    /// Mean equity change (fraction) from a firing day to 20 sessions later.
    var after20: Double?

    /// Every rule of every profile in `runs`, over the published days: what the rule pages and
    /// the statistics page show (computed once per build).
    static func byProfile(runs: [Profile: ProfileRun], published: Range<Int>) -> [Profile: [RuleID: RuleStatistics]] {
        Dictionary(
            uniqueKeysWithValues: Profile.allCases.map { profile in
                (profile, all(records: runs[profile]?.records ?? [], published: published))
            })
    }

    /// Measures every rule over `records[published]` in one pass over the records. A day counts
    /// once per rule however often the rule fired on it; the aftermath only uses days inside the
    /// evaluated history.
    static func all(records: [DayRecord], published: Range<Int>) -> [RuleID: RuleStatistics] {
        var dates: [RuleID: [CalendarDate]] = [:]
        var sums: [RuleID: [Int: (Double, Int)]] = [:]
        for index in published where index < records.count {
            let record = records[index]
            for (position, firing) in record.firings.enumerated()
            where !record.firings[..<position].contains(where: { $0.id == firing.id }) {
                dates[firing.id, default: []].append(record.date)
                for horizon in [5, 20] where index + horizon < records.count && record.equity > 0 {
                    let change = records[index + horizon].equity / record.equity - 1
                    let sum = sums[firing.id, default: [:]][horizon, default: (0, 0)]
                    sums[firing.id, default: [:]][horizon] = (sum.0 + change, sum.1 + 1)
                }
            }
        }
        func mean(_ id: RuleID, _ horizon: Int) -> Double? {
            guard let (sum, count) = sums[id]?[horizon], count > 0 else { return nil }
            return sum / Double(count)
        }
        return Dictionary(
            uniqueKeysWithValues: RuleID.allCases.map { id in
                (id, RuleStatistics(dates: dates[id] ?? [], after5: mean(id, 5), after20: mean(id, 20)))
            })
    }
}
