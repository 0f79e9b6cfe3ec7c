import struct MarketData.SplitMix64
import TestSupport
import Testing

@testable import Charts

@Suite struct ChartNumberFormatTests {
    @Test(arguments: [
        (12.5, "12.5"), (12.0, "12"), (-3.456, "-3.46"), (-0.004, "0"), (-0.0, "0"), (0.005, "0.01"),
        (1_234_567.891, "1234567.89"), (Double.nan, "0"), (Double.infinity, "0"),
    ])
    func coordinates(value: Double, expected: String) {
        #expect(ChartNumberFormat.coordinate(value) == expected)
    }
}

@Suite struct ChartNumberFormatAgreementTests {
    /// `coordinate` gives the same text as the string-based definition in `Reference` over awkward values.
    @Test(arguments: 0..<6)
    func agreesWithTheStringBasedDefinition(seed: Int) {
        var random = SplitMix64(seed: 1_000 + UInt64(seed))
        var mismatches: [String] = []
        for _ in 0..<2_000 {
            let value = random.awkwardDouble()
            let (actual, expected) = (ChartNumberFormat.coordinate(value), Reference.coordinate(value))
            if actual != expected { mismatches.append("\(value): \(actual) ≠ \(expected)") }
        }
        #expect(mismatches.count == 0, "first mismatches: \(mismatches.prefix(3))")
    }

    @Test func roundingHalfAwayFromZeroHoldsJustBelowAHalf() {
        // 0.49999999999999994 + 0.5 rounds up to 1 in floating point; the formatter must not.
        #expect(ChartNumberFormat.coordinate(0.0049999999999999994) == "0")
        #expect(ChartNumberFormat.coordinate(-0.005) == "-0.01")
        #expect(ChartNumberFormat.coordinate(1.005) == "1")  // 1.005 × 100 is 100.49999999999999
        #expect(ChartNumberFormat.coordinate(.greatestFiniteMagnitude) == "90000000000000")
    }
}
