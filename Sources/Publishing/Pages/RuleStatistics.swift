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

    /// Measures `rule` over `records[published]`; the aftermath only uses days inside the evaluated history.
    init(rule: RuleID, records: [DayRecord], published: Range<Int>) {
        var dates: [CalendarDate] = []
        var sums = [5: (0.0, 0), 20: (0.0, 0)]
        for index in published where index < records.count && records[index].firings.contains(where: { $0.id == rule }) {
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
