import Testing

@testable import Signals

@Suite struct MACDTests {
    @Test func matchesIndependentReference() {
        let points = MACD.compute(ReferenceValues.vix)
        expectClose(points.map { $0?.macd }, ReferenceValues.vixMACDLine, tolerance: 1e-10)
        expectClose(points.map { $0?.signal }, ReferenceValues.vixMACDSignal, tolerance: 1e-10)
        for point in points.compactMap({ $0 }) {
            #expect(point.histogram == point.macd - point.signal)
        }
    }

    @Test func firstPointNeedsThirtyFourValuesWithDefaults() {
        let points = MACD.compute(ReferenceValues.vix)
        #expect(points.firstIndex { $0 != nil } == 33)
        #expect(MACD.compute(Array(ReferenceValues.vix.prefix(33))).allSatisfy { $0 == nil })
    }

    @Test func constantSeriesHasZeroLines() {
        let points = MACD.compute([Double](repeating: 17, count: 40), fast: 3, slow: 5, signal: 2)
        #expect(points.firstIndex { $0 != nil } == 5)
        #expect(points.compactMap { $0 }.allSatisfy { abs($0.macd) < 1e-12 && abs($0.signal) < 1e-12 })
    }

    @Test func smallHandWorkedExample() {
        // fast 1 (the value itself), slow 2 (seed = mean of first two, alpha 2/3), signal 1.
        // slow EMA: [nil, 1.5, 2/3·4 + 1/3·1.5 = 3.1667]; MACD = value − slow = [nil, 0.5, 0.8333].
        let points = MACD.compute([1, 2, 4], fast: 1, slow: 2, signal: 1)
        expectClose(points.map { $0?.macd }, [nil, 0.5, 4 - (8.0 / 3 + 0.5)], tolerance: 1e-12)
        expectClose(points.map { $0?.signal }, [nil, 0.5, 4 - (8.0 / 3 + 0.5)], tolerance: 1e-12)
    }

    @Test func isCausal() {
        let walk = randomWalk(count: 60, start: 18, step: 0.1, seed: 2)
        expectCausal(walk) { MACD.compute($0) }
    }

    private func point(_ macd: Double, _ signal: Double) -> MACDPoint? {
        MACDPoint(macd: macd, signal: signal, histogram: macd - signal)
    }

    @Test func crossAboveWithinWindow() {
        // MACD below its signal on 1 and 2, above from 3 on: the cross is on session 3.
        let points: [MACDPoint?] = [nil, point(-1, 0), point(-0.5, 0), point(0.2, 0), point(0.5, 0), point(0.7, 0)]
        #expect(MACD.crossedAbove(points, at: 3, within: 1))
        #expect(MACD.crossedAbove(points, at: 5, within: 3))  // sessions 3, 4, 5: the cross on 3 counts
        #expect(!MACD.crossedAbove(points, at: 5, within: 2))  // sessions 4, 5 only
        #expect(!MACD.crossedAbove(points, at: 2, within: 3))
        #expect(!MACD.crossedAbove(points, at: 1, within: 3))  // the cross needs a point the day before
    }

    @Test func crossFromEqualCountsButTouchingDoesNot() {
        let fromEqual: [MACDPoint?] = [point(0, 0), point(0.1, 0)]
        #expect(MACD.crossedAbove(fromEqual, at: 1, within: 1))
        let touching: [MACDPoint?] = [point(-1, 0), point(0, 0)]
        #expect(!MACD.crossedAbove(touching, at: 1, within: 1))
        let crossingDown: [MACDPoint?] = [point(1, 0), point(-1, 0)]
        #expect(!MACD.crossedAbove(crossingDown, at: 1, within: 1))
    }

    @Test func crossIgnoresTheFutureAndBadArguments() {
        let points: [MACDPoint?] = [point(-1, 0), point(-1, 0), point(1, 0)]
        #expect(!MACD.crossedAbove(points, at: 1, within: 3))  // the cross on 2 is in the future
        #expect(!MACD.crossedAbove(points, at: 2, within: 0))
        #expect(!MACD.crossedAbove(points, at: 7, within: 3))
        #expect(!MACD.crossedAbove(points, at: -1, within: 3))
        #expect(MACD.crossedAbove(points, at: 2, within: 100))
    }
}
