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

    /// Measures every rule over `records[published]` in one pass over the records, with the same
    /// sums in the same order as ``init(rule:records:published:)`` for each rule.
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

    /// Creates statistics from their parts.
    init(dates: [CalendarDate], after5: Double?, after20: Double?) {
        self.dates = dates
        self.after5 = after5
        self.after20 = after20
    }

    /// Measures `rule` over `records[published]`; the aftermath only uses days inside the evaluated history.
    init(rule: RuleID, records: [DayRecord], published: Range<Int>) {
        var dates: [CalendarDate] = []
        var sums = [5: (0.0, 0), 20: (0.0, 0)]
        for index in published where index < records.count && records[index].firings.contains(where: { $0.id == rule })
        {
            dates.append(records[index].date)
            for horizon in [5, 20] where index + horizon < records.count && records[index].equity > 0 {
                let change = records[index + horizon].equity / records[index].equity - 1
                sums[horizon] = (sums[horizon, default: (0, 0)].0 + change, sums[horizon, default: (0, 0)].1 + 1)
            }
        }
        self.dates = dates
        func mean(_ horizon: Int) -> Double? {
            guard let (sum, count) = sums[horizon], count > 0 else { return nil }
            return sum / Double(count)
        }
        after5 = mean(5)
        after20 = mean(20)
    }
}
