import Testing

@testable import MarketData

/// The sample writer's `FixedPointText` and the plausibility warnings' number text give text for
/// every `Double`: a value beyond 64-bit integers, infinite or NaN is written, not trapped on.
@Suite("MarketData number text is total")
struct MarketDataFormatTotalityTests {
    @Test(
        "FixedPointText writes hostile values",
        arguments: [
            (1e308, 2, "1e+308"), (-1e308, 0, "-1e+308"), (Double.nan, 2, "nan"), (-Double.infinity, 2, "-inf"),
            (Double.leastNonzeroMagnitude, 2, "0.00"), (-Double.leastNonzeroMagnitude, 2, "0.00"), (-0.0, 1, "0.0"),
            (12.345, -1, "12"), (0.1, 40, "0.100000000000"), (4769.83, 2, "4769.83"), (19.06, 6, "19.060000"),
        ])
    func fixedPoint(value: Double, decimals: Int, expected: String) {
        #expect(FixedPointText.format(value, decimals: decimals) == expected)
    }

    @Test("whole numbers are clamped instead of trapping")
    func wholeNumbers() {
        #expect(FixedPointText.wholeNumber(2.5) == 3)
        #expect(FixedPointText.wholeNumber(-2.5) == -3)
        #expect(FixedPointText.wholeNumber(1e308) == 9_000_000_000_000_000)
        #expect(FixedPointText.wholeNumber(-.infinity) == -9_000_000_000_000_000)
        #expect(FixedPointText.wholeNumber(.nan) == 0)
    }

    @Test(
        "plausibility numbers and percentages are written for any value",
        arguments: [
            (4700, "4700", "+470000.0 %"), (4769.83, "4769.83", "+476983.0 %"), (-0.284, "-0.284", "-28.4 %"),
            (1e308, "1e+308", "+inf %"), (-1e300, "-1e+300", "-1e+302 %"), (Double.infinity, "inf", "+inf %"),
            (-Double.infinity, "-inf", "-inf %"), (Double.nan, "nan", "n/a"), (-0.0, "0", "+0.0 %"),
            (Double.leastNonzeroMagnitude, "5e-324", "+0.0 %"), (1e12, "1000000000000", "+100000000000000 %"),
        ])
    func plausibility(value: Double, number: String, percent: String) {
        #expect(PlausibilityChecks.format(value) == number)
        #expect(PlausibilityChecks.formatPercent(value) == percent)
    }
}
