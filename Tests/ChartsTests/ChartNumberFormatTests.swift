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

    @Test func fixedDecimalsUseTheLabelMinusAndGrouping() {
        #expect(ChartNumberFormat.fixed(-1_234.567, decimals: 2, grouping: true) == "\u{2212}1,234.57")
        #expect(ChartNumberFormat.fixed(1_234_567, decimals: 0, grouping: true) == "1,234,567")
        #expect(ChartNumberFormat.fixed(999.5, decimals: 0, grouping: true) == "1,000")
        #expect(ChartNumberFormat.fixed(0.05, decimals: 3) == "0.050")
        #expect(ChartNumberFormat.fixed(-7, decimals: 0, minus: "-") == "-7")
    }

    @Test func roundingIsHalfAwayFromZeroOnTheBinaryValue() {
        #expect(ChartNumberFormat.fixed(2.5, decimals: 0) == "3")
        #expect(ChartNumberFormat.fixed(-2.5, decimals: 0) == "\u{2212}3")
        #expect(ChartNumberFormat.fixed(0.125, decimals: 2) == "0.13")
        // 1.005 is stored as 1.00499999999999989…, so it rounds down.
        #expect(ChartNumberFormat.fixed(1.005, decimals: 2) == "1.00")
    }

    @Test func valuesThatRoundToZeroHaveNoSign() {
        #expect(ChartNumberFormat.fixed(-0.0004, decimals: 3) == "0.000")
        #expect(ChartNumberFormat.trimmed(-0.0004, maxDecimals: 2) == "0")
        #expect(ChartNumberFormat.percent(-0.00001) == "0 %")
    }

    @Test func nonFiniteLabelsSayNotAvailable() {
        #expect(ChartNumberFormat.fixed(.nan, decimals: 2) == "n/a")
        #expect(ChartNumberFormat.percent(-.infinity) == "n/a")
    }

    @Test func hugeValuesAreClampedInsteadOfOverflowing() {
        #expect(ChartNumberFormat.fixed(1e300, decimals: 0) == "9000000000000000")
        #expect(ChartNumberFormat.coordinate(-1e300) == "-90000000000000")
    }

    @Test func trimmedAndPercent() {
        #expect(ChartNumberFormat.trimmed(8, maxDecimals: 1) == "8")
        #expect(ChartNumberFormat.trimmed(4_807.65, maxDecimals: 2, grouping: true) == "4,807.65")
        #expect(ChartNumberFormat.trimmed(4_807.60, maxDecimals: 2, grouping: true) == "4,807.6")
        #expect(ChartNumberFormat.percent(0.032) == "3.2 %")
        #expect(ChartNumberFormat.percent(0.08) == "8 %")
        #expect(ChartNumberFormat.percent(-0.1234, maxDecimals: 2) == "\u{2212}12.34 %")
    }
}

@Suite struct ChartNumberFormatAgreementTests {
    /// Every public function gives the same text as the string-based definition in `Reference`,
    /// over awkward values, decimal counts outside 0...6 and unusual signs (one with a full stop).
    @Test(arguments: 0..<6)
    func agreesWithTheStringBasedDefinition(seed: Int) {
        var random = SplitMix64(seed: 1_000 + UInt64(seed))
        var mismatches: [String] = []
        for _ in 0..<2_000 {
            let value = random.awkwardDouble()
            let decimals = random.integer(in: -2...8)
            let grouping = random.integer(in: 0...1) == 1
            let minus = ["-", "\u{2212}", "", "neg. ", "."][random.integer(in: 0...4)]
            let pairs = [
                (ChartNumberFormat.coordinate(value), Reference.coordinate(value)),
                (
                    ChartNumberFormat.fixed(value, decimals: decimals, grouping: grouping, minus: minus),
                    Reference.fixed(value, decimals: decimals, grouping: grouping, minus: minus)
                ),
                (
                    ChartNumberFormat.trimmed(value, maxDecimals: decimals, grouping: grouping, minus: minus),
                    Reference.trimmed(value, maxDecimals: decimals, grouping: grouping, minus: minus)
                ),
                (ChartNumberFormat.fixed(value, decimals: decimals), Reference.fixed(value, decimals: decimals)),
                (
                    ChartNumberFormat.percent(value, maxDecimals: decimals),
                    value.isFinite ? Reference.trimmed(value * 100, maxDecimals: decimals) + " %" : "n/a"
                ),
            ]
            for (actual, expected) in pairs where actual != expected {
                mismatches.append("\(value) (decimals \(decimals), minus \(minus)): \(actual) ≠ \(expected)")
            }
        }
        #expect(mismatches.count == 0, "first mismatches: \(mismatches.prefix(3))")
    }

    @Test func roundingHalfAwayFromZeroHoldsJustBelowAHalf() {
        // 0.49999999999999994 + 0.5 rounds up to 1 in floating point; the formatter must not.
        #expect(ChartNumberFormat.fixed(0.49999999999999994, decimals: 0) == "0")
        #expect(ChartNumberFormat.coordinate(0.0049999999999999994) == "0")
        #expect(ChartNumberFormat.coordinate(-0.005) == "-0.01")
        #expect(ChartNumberFormat.coordinate(1.005) == "1")  // 1.005 × 100 is 100.49999999999999
        #expect(ChartNumberFormat.coordinate(.greatestFiniteMagnitude) == "90000000000000")
    }

    @Test func aSignWithAFullStopKeepsTheTextBasedTrimming() {
        // The trimming has always worked on the finished text, where such a sign looks like a
        // decimal point; the result is kept as it was.
        #expect(ChartNumberFormat.trimmed(-100, maxDecimals: 0, minus: ".") == ".1")
        #expect(ChartNumberFormat.trimmed(-2.5, maxDecimals: 2, minus: "n.") == "n.2.5")
    }
}
