import MarketData
import Testing

@testable import Strategy

/// The engine over the synthetic sample market that ships in `Content/data` (seed 42, 2023–2025)
/// and over a 36-year generated history.
@Suite("Runs over the sample market generator")
struct SampleMarketRunTests {
    static func sample(seed: UInt64, from: String, to: String) -> MarketSeries {
        guard let start = CalendarDate(iso: from), let end = CalendarDate(iso: to) else {
            return MarketSeries(days: [])
        }
        return SampleMarketGenerator(seed: seed).generate(from: start, to: end).series
    }

    @Test func shippedSampleRunsEveryRuleFamily() throws {
        let series = Self.sample(seed: 42, from: "2023-01-03", to: "2025-12-31")
        #expect(series.days.count == 752)
        let runs = EngineTestSupport.engine.runAll(series: series)
        let steward = runs[0].metrics, promoter = runs[1].metrics, fixed = runs[2].metrics
        for id in [
            RuleID.entry, .capitalAllocation, .profitTarget, .breakevenBreach, .invariantBand,
            .macdConfirmation, .breadthDivergence, .temporalTheta, .eventWindow, .alvhLayer1, .alvhLayer2, .alvhWiden,
            .timeShift, .alvhStandDown,
        ] {
            #expect(steward.count(of: id) > 0, "steward never fired \(id.rawValue)")
        }
        #expect(steward.hedgeCount == steward.count(of: .alvhLayer1) + steward.count(of: .alvhLayer2))
        #expect(promoter.hedgeCount == 0 && fixed.hedgeCount == 0)
        #expect(fixed.count(of: .breakevenBreach) == 0 && fixed.count(of: .alvhLayer1) == 0)
        // Every activation is matched by at most one stand-down per layer later on.
        #expect(steward.count(of: .alvhStandDown) <= steward.count(of: .alvhLayer1) + steward.count(of: .alvhLayer2))
        for run in runs {
            for record in run.records {
                let unrealised = record.position?.unrealisedPnl ?? 0
                #expect(abs(record.equity - (record.cash + unrealised + record.hedgeValue)) < 0.005)
                #expect(EngineTestSupport.numbers(in: record).allSatisfy { $0.isFinite })
            }
        }
    }

    @Test func thirtySixYearsStayFiniteAndConsistent() throws {
        let series = Self.sample(seed: 7, from: "1990-01-02", to: "2025-09-30")
        #expect(series.days.count > 8_900)
        for run in EngineTestSupport.engine.runAll(series: series) {
            #expect(run.records.count == series.days.count)
            let last = try #require(run.records.last)
            #expect(last.equity.isFinite && last.cash.isFinite)
            #expect(run.metrics.tradeCount > 100)
            #expect(run.records.allSatisfy { $0.position.map { $0.credit > 0 && $0.credit < $0.wingWidth } ?? true })
            #expect(run.metrics.cagr.isFinite && run.metrics.annualisedVolatility.isFinite)
        }
    }
}
