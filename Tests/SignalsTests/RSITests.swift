import Testing

@testable import Signals

@Suite struct RSITests {
    @Test func matchesIndependentReference() {
        expectClose(RSI.wilder(ReferenceValues.vix), ReferenceValues.vixRSI14, tolerance: 1e-9)
        expectClose(RSI.wilder(ReferenceValues.stockChartsCloses), ReferenceValues.stockChartsRSI14, tolerance: 1e-9)
    }

    @Test func agreesWithStockChartsWorkedTable() {
        // StockCharts' ChartSchool RSI table for the same closes. The table rounds its intermediate
        // averages, so agreement is to about 0.1 of an RSI point, not to the last digit.
        let published = [
            70.53, 66.32, 66.55, 69.41, 66.36, 57.97, 62.93, 63.26, 56.06, 62.38,
            54.71, 50.42, 39.99, 41.46, 41.87, 45.46, 37.30, 33.08, 37.77,
        ]
        let computed = RSI.wilder(ReferenceValues.stockChartsCloses)
        #expect(computed.prefix(14).allSatisfy { $0 == nil })
        let values = computed.compactMap { $0 }
        #expect(values.count == published.count)
        for (value, expected) in zip(values, published) {
            #expect(abs(value - expected) < 0.1, "\(value) vs \(expected)")
        }
    }

    @Test func handWorkedExample() {
        // Period 2. Changes +2, −1, +3, −2.
        // Seed: gain (2 + 0)/2 = 1, loss (0 + 1)/2 = 0.5 → RS 2 → RSI 66.667.
        // Next (+3): gain (1 + 3)/2 = 2, loss (0.5 + 0)/2 = 0.25 → RS 8 → 88.889.
        // Next (−2): gain (2 + 0)/2 = 1, loss (0.25 + 2)/2 = 1.125 → RS 0.8889 → 47.059.
        let rsi = RSI.wilder([10, 12, 11, 14, 12], period: 2)
        expectClose(rsi, [nil, nil, 200.0 / 3, 800.0 / 9, 100 - 100 / (1 + 1 / 1.125)], tolerance: 1e-12)
    }

    @Test func extremes() {
        #expect(RSI.wilder([1, 2, 3, 4, 5], period: 2).compactMap { $0 } == [100, 100, 100])
        #expect(RSI.wilder([5, 4, 3, 2, 1], period: 2).compactMap { $0 } == [0, 0, 0])
        #expect(RSI.wilder([7, 7, 7, 7], period: 2).compactMap { $0 } == [100, 100])  // no losses
        #expect(RSI.wilder([1, 2, 3], period: 3) == [nil, nil, nil])
        #expect(RSI.wilder([1, 2, 3], period: 0) == [nil, nil, nil])
    }

    @Test(arguments: [UInt64(3), 4, 5, 6, 7])
    func staysWithinBounds(seed: UInt64) {
        let walk = randomWalk(count: 300, start: 20, step: 0.15, seed: seed)
        let values = RSI.wilder(walk).compactMap { $0 }
        #expect(values.count == 286)
        #expect(values.allSatisfy { (0...100).contains($0) })
    }

    @Test func isCausal() {
        let walk = randomWalk(count: 40, start: 20, step: 0.1, seed: 8)
        expectCausal(walk) { RSI.wilder($0, period: 5) }
    }
}
