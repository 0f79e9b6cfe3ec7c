import Testing

@testable import Strategy

/// `NumberText` and `Rounding` give a value for every `Double` and every count of places: NaN and
/// infinities as zero, huge values in Swift's exponent form, which trimming leaves whole.
@Suite("NumberText is total")
struct NumberTextTotalityTests {
    @Test(
        "hostile values format to exact text",
        arguments: [
            (Double.nan, 2, "0.00"), (-Double.infinity, 0, "0"), (-0.0, 2, "0.00"),
            (Double.leastNonzeroMagnitude, 3, "0.000"),
            (-Double.leastNonzeroMagnitude, 2, "0.00"), (1e308, 2, "1e+308"), (-1e308, 6, "-1e+308"),
            (1.5e20, 2, "1.5e+20"), (1e16, 0, "1e+16"), (1e10, 6, "10000000000.0"), (0.5, 40, "0.500000000000"),
            (2.5, -1, "3"),
        ])
    func fixedHostile(value: Double, places: Int, expected: String) {
        #expect(NumberText.fixed(value, places: places) == expected)
    }

    @Test("trimming leaves an exponent's zeros alone")
    func trimmedHostile() {
        #expect(NumberText.trimmed(1.5e20) == "1.5e+20")
        #expect(NumberText.trimmed(-1.5e300, maxPlaces: 2) == "-1.5e+300")
        #expect(NumberText.trimmed(1e308) == "1e+308")
        #expect(NumberText.trimmed(1e10) == "10000000000")
        #expect(NumberText.trimmed(-Double.leastNonzeroMagnitude) == "0")
        #expect(NumberText.trimmed(.nan) == "0")
    }

    @Test("every binade of Double, both signs, formats and reads back within the rounding")
    func everyBinadeReadsBack() {
        for value in everyBinade + [.nan, .infinity, -.infinity, .greatestFiniteMagnitude] {
            for places in [0, 2, 6, 12] {
                let fixed = NumberText.fixed(value, places: places)
                let trimmed = NumberText.trimmed(value, maxPlaces: places)
                guard value.isFinite else {
                    #expect(Double(fixed) == 0 && trimmed == "0", "\(value)")
                    continue
                }
                for text in [fixed, trimmed] {
                    let parsed = Double(text)
                    #expect(parsed != nil, "\(value), \(places): \(text)")
                    if let parsed {
                        #expect(readsBack(parsed, as: value, places: places), "\(value), \(places): \(text)")
                    }
                    #expect(!(text.hasPrefix("-") && parsed == 0), "\(value), \(places): \(text) is a negative zero")
                }
                let rounded = Rounding.places(value, places)
                #expect(rounded.isFinite && readsBack(rounded, as: value, places: places), "\(value), \(places)")
            }
        }
    }

    private let everyBinade: [Double] = (-1074...1023).flatMap { exponent in
        [1.0, 1.5, 2.0.nextDown].flatMap { significand -> [Double] in
            let value = Double(sign: .plus, exponent: exponent, significand: significand)
            return [value, -value]
        }
    }

    /// Within half a unit of the last place while the digits are exact, else a relative 10⁻¹⁵.
    private func readsBack(_ parsed: Double, as value: Double, places: Int) -> Bool {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let tolerance = (abs(value) * scale < 9e15 ? 0.5 / scale : 0) + abs(value) * 1e-15
        return abs(parsed - value) <= tolerance
    }
}
