import Testing

@testable import Signals

@Suite struct MovingAverageTests {
    @Test func handWorkedExample() {
        // Period 3: seed = (1 + 2 + 3) / 3 = 2, alpha = 0.5; then 0.5·4 + 0.5·2 = 3, 0.5·5 + 0.5·3 = 4.
        expectClose(MovingAverage.ema([1, 2, 3, 4, 5], period: 3), [nil, nil, 2, 3, 4])
        // Period 4 on a jump: seed 10, alpha 0.4, then 0.4·20 + 0.6·10 = 14, 0.4·20 + 0.6·14 = 16.4.
        expectClose(MovingAverage.ema([10, 10, 10, 10, 20, 20], period: 4), [nil, nil, nil, 10, 14, 16.4])
    }

    @Test func matchesIndependentReference() {
        expectClose(MovingAverage.ema(ReferenceValues.vix, period: 10), ReferenceValues.vixEMA10, tolerance: 1e-10)
    }

    @Test func periodOneReproducesTheInput() {
        let values = [3.0, 1.5, 8.25]
        expectClose(MovingAverage.ema(values, period: 1), values.map { $0 })
    }

    @Test func tooLittleDataOrBadPeriodGivesNil() {
        #expect(MovingAverage.ema([1, 2], period: 3) == [nil, nil])
        #expect(MovingAverage.ema([1, 2, 3], period: 0) == [nil, nil, nil])
        #expect(MovingAverage.ema([Double](), period: 5).isEmpty)
    }

    @Test func optionalInputSkipsLeadingNilsAndStopsAtAGap() {
        let values: [Double?] = [nil, nil, 1, 2, 3, 4, nil, 9]
        expectClose(MovingAverage.ema(values, period: 3), [nil, nil, nil, nil, 2, 3, nil, nil])
        #expect(MovingAverage.ema([nil, nil] as [Double?], period: 1) == [nil, nil])
    }

    @Test func isCausal() {
        let walk = randomWalk(count: 40, start: 20, step: 0.08, seed: 1)
        expectCausal(walk) { MovingAverage.ema($0, period: 7) }
    }
}
