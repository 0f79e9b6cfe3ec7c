import Foundation
import Testing

@testable import Signals

@Suite struct RealisedVolatilityTests {
    @Test func matchesIndependentReference() {
        let computed = RealisedVolatility.annualised(closes: ReferenceValues.spx)
        expectClose(computed, ReferenceValues.spxVol20, tolerance: 1e-12)
    }

    @Test func handWorkedExample() {
        // Closes 100, 110, 100: returns ln 1.1 and −ln 1.1, mean 0, sample variance 2·ln²1.1 / 1.
        let expected = (2 * log(1.1) * log(1.1)).squareRoot() * (252.0).squareRoot()
        let computed = RealisedVolatility.annualised(closes: [100, 110, 100], window: 2)
        expectClose(computed, [nil, nil, expected], tolerance: 1e-14)
    }

    @Test func steadyGrowthHasZeroVolatility() {
        let closes = (0..<30).map { 100 * pow(1.01, Double($0)) }
        let values = RealisedVolatility.annualised(closes: closes)
        #expect(values.prefix(20).allSatisfy { $0 == nil })
        #expect(values.compactMap { $0 }.allSatisfy { $0 < 1e-12 })
    }

    @Test func degenerateInputsGiveNil() {
        #expect(RealisedVolatility.annualised(closes: [100, 101], window: 2) == [nil, nil])
        #expect(RealisedVolatility.annualised(closes: [100, 101, 102], window: 1) == [nil, nil, nil])
        // A zero close poisons the windows that contain its returns, and only those.
        let withZero = RealisedVolatility.annualised(closes: [100, 0, 102, 103, 104], window: 2)
        let clean = RealisedVolatility.annualised(closes: [102, 103, 104], window: 2)
        #expect(withZero.prefix(4).allSatisfy { $0 == nil })
        #expect(withZero[4] != nil && withZero[4] == clean[2])
    }

    /// The former body, which copied each window; the in-place sums must give the same bits.
    private static func referenceAnnualised(closes: [Double], window: Int) -> [Double?] {
        var result = [Double?](repeating: nil, count: closes.count)
        guard window >= 2, closes.count > window else { return result }
        let returns: [Double?] = closes.indices.map { k in
            guard k >= 1, closes[k] > 0, closes[k - 1] > 0 else { return nil }
            return log(closes[k] / closes[k - 1])
        }
        for index in window..<closes.count {
            let slice = returns[(index - window + 1)...index].compactMap { $0 }
            guard slice.count == window else { continue }
            let mean = slice.reduce(0, +) / Double(window)
            let squares = slice.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            result[index] = (squares / Double(window - 1)).squareRoot() * (252.0).squareRoot()
        }
        return result
    }

    @Test func matchesTheFormerComputationBitForBit() {
        for seed in 1...6 {
            var walk = randomWalk(count: 400, start: 4000, step: 0.03, seed: UInt64(seed))
            if seed.isMultiple(of: 2) { walk[57] = 0; walk[200] = -1 }
            for window in [2, 5, 20, 63] {
                let computed = RealisedVolatility.annualised(closes: walk, window: window).map { $0?.bitPattern }
                let reference = Self.referenceAnnualised(closes: walk, window: window).map { $0?.bitPattern }
                #expect(computed == reference)
            }
        }
    }

    @Test func isCausal() {
        let walk = randomWalk(count: 45, start: 4000, step: 0.02, seed: 9)
        expectCausal(walk) { RealisedVolatility.annualised(closes: $0, window: 5) }
    }
}
