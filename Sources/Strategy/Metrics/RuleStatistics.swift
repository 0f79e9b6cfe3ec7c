import MarketData

/// How often, when and with what aftermath one rule fired for one profile over a range of days.
///
/// The one rule-statistics implementation: the engine's ``ProfileMetrics`` measure every rule over
/// the whole run, the rule pages and the statistics page over the published days. The type holds
/// two counts on purpose, because they answer different questions:
///
/// - ``firingCount`` counts every firing: a rule recorded twice on one day counts twice (what
///   ``ProfileMetrics/count(of:)`` reports, and what `entry` and `capital-allocation` refusals add up to).
/// - ``dates`` lists each day the rule fired on once, however often it fired that day (what the
///   rule pages and the statistics page show as "fired on N days").
public struct RuleStatistics: Sendable, Hashable, Codable {
    /// The rule.
    public var id: RuleID
    /// Every firing of the rule in the range, several on one day counted each.
    public var firingCount: Int
    /// The dates the rule fired on, oldest first, each day once.
    public var dates: [CalendarDate]
    /// Mean equity change (fraction) from a firing day to 5 sessions later, nil when none can be measured.
    public var after5: Double?
    /// Mean equity change (fraction) from a firing day to 20 sessions later, nil when none can be measured.
    public var after20: Double?

    /// Creates the statistics of one rule.
    public init(id: RuleID, firingCount: Int, dates: [CalendarDate], after5: Double?, after20: Double?) {
        self.id = id
        self.firingCount = firingCount
        self.dates = dates
        self.after5 = after5
        self.after20 = after20
    }

    /// The sessions after a firing day over which ``after5`` and ``after20`` measure the equity change.
    static let horizons = [5, 20]

    /// Every rule (``RuleID/allCases``, zero counts included) measured over `records[range]` in one
    /// pass; the aftermath may look past the range but only at days inside `records`.
    ///
    /// - Parameters:
    ///   - records: A run's records, oldest first.
    ///   - range: The indices of the days measured (clipped to `records`).
    /// - Complexity: O(n × f²) for n days of at most f firings each.
    public static func all(records: [DayRecord], range: Range<Int>) -> [RuleID: RuleStatistics] {
        var firings: [RuleID: Int] = [:]
        var dates: [RuleID: [CalendarDate]] = [:]
        var sums: [RuleID: [Int: (Double, Int)]] = [:]
        // Indices rather than `for record in`, which would copy (and retain) every record and firing.
        for index in range.clamped(to: records.indices) {
            let day = records[index].firings
            for position in day.indices {
                let id = day[position].id
                firings[id, default: 0] += 1
                guard !day[..<position].contains(where: { $0.id == id }) else { continue }
                dates[id, default: []].append(records[index].date)
                let equity = records[index].equity
                for horizon in horizons where index + horizon < records.count && equity > 0 {
                    let change = records[index + horizon].equity / equity - 1
                    let sum = sums[id, default: [:]][horizon, default: (0, 0)]
                    sums[id, default: [:]][horizon] = (sum.0 + change, sum.1 + 1)
                }
            }
        }
        func mean(_ id: RuleID, _ horizon: Int) -> Double? {
            guard let (sum, count) = sums[id]?[horizon], count > 0 else { return nil }
            return sum / Double(count)
        }
        return Dictionary(
            uniqueKeysWithValues: RuleID.allCases.map { id in
                (
                    id,
                    RuleStatistics(
                        id: id, firingCount: firings[id] ?? 0, dates: dates[id] ?? [], after5: mean(id, 5),
                        after20: mean(id, 20))
                )
            })
    }
}
