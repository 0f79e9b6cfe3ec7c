import Testing

@testable import Charts

/// `ChartNumberFormat` gives text for every `Double`: a label shows `n/a` for a non-finite value, a
/// huge label or coordinate is clamped to 9 × 10¹⁵ units, and nothing traps.
@Suite("ChartNumberFormat is total")
struct ChartNumberFormatTotalityTests {
    @Test("huge labels are clamped to 9 × 10¹⁵ units, tiny ones are zero, non-finite ones n/a")
    func hugeLabels() {
        #expect(ChartNumberFormat.fixed(1e308, decimals: 2) == "90000000000000.00")
        #expect(ChartNumberFormat.fixed(-1e308, decimals: 0, grouping: true) == "\u{2212}9,000,000,000,000,000")
        #expect(ChartNumberFormat.trimmed(-1.5e20, maxDecimals: 1, minus: "neg.") == "neg.900000000000000")
        #expect(ChartNumberFormat.percent(1e300) == "900000000000000 %")
        #expect(ChartNumberFormat.percent(.nan) == "n/a")
        #expect(ChartNumberFormat.fixed(Double.leastNonzeroMagnitude, decimals: 6) == "0.000000")
        #expect(ChartNumberFormat.fixed(-Double.leastNonzeroMagnitude, decimals: 2) == "0.00")
    }

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
            _ = ChartNumberFormat.percent(value)
            for decimals in [0, 2, 6] {
                let fixed = ChartNumberFormat.fixed(value, decimals: decimals, minus: "-")
                let trimmed = ChartNumberFormat.trimmed(value, maxDecimals: decimals, grouping: true, minus: "-")
                guard value.isFinite else {
                    #expect(fixed == "n/a" && trimmed == "n/a", "\(value)")
                    continue
                }
                for text in [fixed, trimmed.replacingOccurrences(of: ",", with: "")] {
                    let parsed = Double(text)
                    #expect(parsed != nil, "\(value), \(decimals): \(text)")
                    if let parsed {
                        #expect(readsBack(parsed, as: value, decimals: decimals), "\(value), \(decimals): \(text)")
                    }
                    #expect(text.utf8.count <= ChartNumberFormat.maxDigitsLength, "\(value), \(decimals): \(text)")
                    #expect(!(text.hasPrefix("-") && parsed == 0), "\(value), \(decimals): \(text) is a negative zero")
                }
            }
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
