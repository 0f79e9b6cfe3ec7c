import Testing

@testable import Charts

/// `ChartNumberFormat` gives text for every `Double`: a label shows `n/a` for a non-finite value, a
/// huge label or coordinate is clamped to 9 × 10¹⁵ units, and nothing traps.
@Suite("ChartNumberFormat is total")
struct ChartNumberFormatTotalityTests {
    @Test("huge coordinates are clamped, tiny ones are zero")
    func hugeCoordinates() {
        #expect(ChartNumberFormat.coordinate(1e308) == "90000000000000")
        #expect(ChartNumberFormat.coordinate(-1e308) == "-90000000000000")
        #expect(ChartNumberFormat.coordinate(-Double.leastNonzeroMagnitude) == "0")
        #expect(ChartNumberFormat.coordinate(.nan) == "0")
    }

    @Test("every binade of Double, both signs, formats and reads back within the rounding")
    func everyBinadeReadsBack() {
        let values = everyBinade + [.nan, .infinity, -.infinity, .greatestFiniteMagnitude, 9e15, 9e15.nextDown]
        for value in values {
            _ = ChartNumberFormat.coordinate(value)
            #expect(ChartNumberFormat.coordinate(value).utf8.count <= ChartNumberFormat.maxDigitsLength, "\(value)")
        }
    }

    @Test("scales and time axes over hostile domains neither trap nor make unbounded ticks")
    func scalesOverHostileDomains() {
        let domains: [ClosedRange<Double>] = [
            0...Double.leastNonzeroMagnitude, -1e308...1e308,
            -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude,
            1e-300...2e-300, 0...1e308,
        ]
        for domain in domains {
            let scale = LinearScale(domain: domain, rangeStart: 0, rangeEnd: 100)
            #expect(scale.ticks(count: 5).count <= 200, "\(domain)")
            let step = scale.tickStep(count: 5)
            #expect(step.isFinite && step > 0, "\(domain): \(step)")
            _ = scale.niced(count: 5).ticks(count: 5)
        }
        #expect(LinearScale.niceStep(span: Double.leastNonzeroMagnitude, count: 5) > 0)
        #expect(TimeAxis.ticks(["2024-01-02", "2024-01-03"], plotWidth: .infinity).count == 2)
        #expect(TimeAxis.ticks(["2024-01-02", "2024-01-03"], plotWidth: .nan).count == 2)
    }

    private let everyBinade: [Double] = (-1074...1023).flatMap { exponent in
        [1.0, 1.5, 2.0.nextDown].flatMap { significand -> [Double] in
            let value = Double(sign: .plus, exponent: exponent, significand: significand)
            return [value, -value]
        }
    }

    /// Within half a unit of the last decimal while the digits are exact, else the clamp of
    /// 9 × 10¹⁵ units with the value's sign.
    private func readsBack(_ parsed: Double, as value: Double, decimals: Int) -> Bool {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        guard abs(value) * scale < 9e15 else { return parsed == (value < 0 ? -9e15 : 9e15) / scale }
        return abs(parsed - value) <= 0.5 / scale + abs(value) * 1e-15
    }
}
