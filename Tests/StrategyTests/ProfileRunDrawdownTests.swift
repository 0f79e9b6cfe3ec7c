import Testing

@testable import Strategy

@Suite("Drawdowns of a run")
struct ProfileRunDrawdownTests {
    @Test func drawdownsOverARangeStartTheirPeakOnTheRangesFirstDay() throws {
        let runs = EngineTestSupport.engine.runAll(series: TestMarkets.generated(seed: 7, sessions: 300))
        for run in runs {
            let range = 100..<250
            let drawdowns = run.drawdowns(over: range)
            #expect(drawdowns == PerformanceMath.drawdownSeries(values: run.records[range].map(\.equity)))
            #expect(drawdowns.first == 0)
            #expect(run.drawdowns(over: 0..<100_000).count == run.records.count)
        }
    }

    @Test func theMaximumDrawdownIsTheDeepestDayOfTheSeries() throws {
        for run in EngineTestSupport.engine.runAll(series: TestMarkets.generated(seed: 42, sessions: 500)) {
            let curveStart = run.records.count - run.metrics.equityCurve.count
            let deepest = run.drawdowns(over: curveStart..<run.records.count).max() ?? 0
            #expect(run.metrics.maxDrawdown?.depth == deepest)
        }
    }
}
