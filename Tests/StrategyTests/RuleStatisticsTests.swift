import MarketData
import Testing

@testable import Strategy

@Suite("Rule statistics")
struct RuleStatisticsTests {
    @Test func countsEveryFiringButListsEachDayOnceWithinTheRange() {
        for run in EngineTestSupport.engine.runAll(series: TestMarkets.generated(seed: 11, sessions: 400)) {
            let range = 120..<300
            let statistics = RuleStatistics.all(records: run.records, range: range)
            #expect(Set(statistics.keys) == Set(RuleID.allCases))
            for (id, rule) in statistics {
                #expect(rule.id == id)
                let days = run.records[range].filter { $0.rules.contains(id) }
                #expect(rule.dates == days.map(\.date))
                #expect(rule.firingCount == run.records[range].reduce(0) { $0 + $1.rules.filter { $0 == id }.count })
                #expect(rule.dates.count <= rule.firingCount)
                if rule.dates.isEmpty { #expect(rule.after5 == nil && rule.after20 == nil) }
            }
        }
    }

    @Test func theMetricsCountOverTheWholeRun() {
        for run in EngineTestSupport.engine.runAll(series: TestMarkets.generated(seed: 12, sessions: 300)) {
            let whole = RuleStatistics.all(records: run.records, range: 0..<Int.max)
            #expect(whole == run.metrics.ruleStatistics)
            for id in RuleID.allCases { #expect(run.metrics.count(of: id) == whole[id]?.firingCount) }
        }
    }
}
