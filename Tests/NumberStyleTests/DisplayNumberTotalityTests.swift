import Foundation
import Testing

@testable import NumberStyle

/// `DisplayNumber` gives text for every `Double` and every count of decimals: non-finite values read
/// `n/a`, huge ones an exact whole number or Swift's exponent form, and the text reads back as the
/// value it was made from.
@Suite("DisplayNumber is total")
struct DisplayNumberTotalityTests {
    @Test(
        "hostile values format to exact text",
        arguments: [
            (Double.infinity, 2, "n/a"), (-Double.infinity, 2, "n/a"), (Double.nan, 0, "n/a"), (-Double.nan, 2, "n/a"),
            (0, 2, "0.00"), (-0.0, 2, "0.00"), (Double.leastNonzeroMagnitude, 2, "0.00"),
            (-Double.leastNonzeroMagnitude, 2, "0.00"), (-Double.leastNormalMagnitude, 0, "0"),
            (1e308, 2, "1e+308"), (-1e308, 2, "\u{2212}1e+308"),
            (Double.greatestFiniteMagnitude, 0, "1.7976931348623157e+308"),
            (1e19, 0, "1e+19"), (-1e300, 4, "\u{2212}1e+300"), (9.2e18, 0, "9200000000000000000"),
            (1e16, 2, "10000000000000000"), (-123_456_789_012_345.67, 2, "\u{2212}123456789012345"),
            (1234.5, -3, "1,235"), (0.5, 40, "0.500000000000"), (4512.3, 2, "4,512.30"),
        ])
    func hostileValues(value: Double, decimals: Int, expected: String) {
        #expect(DisplayNumber.fixed(value, decimals) == expected)
    }

    @Test("signs, percentages and dollars of hostile values")
    func derivedFormats() {
        #expect(DisplayNumber.signed(1e308, 2) == "+1e+308")
        #expect(DisplayNumber.signed(-1e308, 2) == "\u{2212}1e+308")
        #expect(DisplayNumber.signed(-Double.leastNonzeroMagnitude, 2) == "0.00")
        #expect(DisplayNumber.signed(.nan, 2) == "n/a")
        #expect(DisplayNumber.percent(1e307) == "n/a")
        #expect(DisplayNumber.percent(.nan, 1) == "n/a")
        #expect(DisplayNumber.percent(1e300, 1, signed: true) == "+1e+302\u{202F}%")
        #expect(DisplayNumber.percent(-Double.leastNonzeroMagnitude, 2, signed: true) == "0.00\u{202F}%")
        #expect(DisplayNumber.usd(.infinity) == "n/a")
        #expect(DisplayNumber.usd(-1e308, signed: true) == "\u{2212}1e+308 USD")
    }

    @Test("every binade of Double, both signs, formats and reads back within the rounding")
    func everyBinadeReadsBack() {
        for value in HostileDoubles.all {
            for decimals in [0, 1, 2, 4, 12] {
                for grouping in [true, false] {
                    let text = DisplayNumber.fixed(value, decimals, grouping: grouping)
                    guard value.isFinite else {
                        #expect(text == "n/a", "\(value)")
                        continue
                    }
                    let parsed = Double(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "\u{2212}", with: "-"))
                    #expect(parsed != nil, "\(value), \(decimals): \(text)")
                    if let parsed {
                        #expect(
                            HostileDoubles.readsBack(parsed, as: value, decimals: decimals),
                            "\(value), \(decimals): \(text)")
                    }
                    #expect(!(text.hasPrefix("\u{2212}") && parsed == 0), "\(value), \(decimals): \(text) is a negative zero")
                    #expect(DisplayNumber.signed(value, decimals, grouping: grouping).hasSuffix(text.drop { $0 == "\u{2212}" }))
                }
            }
            _ = DisplayNumber.percent(value, 2, signed: true)
            _ = DisplayNumber.usd(value, signed: true)
        }
    }
}

/// Special values and one value per binade of `Double`, for totality sweeps.
enum HostileDoubles {
    /// NaNs, infinities, zeros, the extreme magnitudes and the edges of exact integers.
    static let special: [Double] = [
        .nan, -.nan, .signalingNaN, .infinity, -.infinity, 0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
        .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 9e15, 9e15.nextDown,
        9_007_199_254_740_993, 9.223372036854775807e18, -9.223372036854775808e18, 1e19, 1e-300, 1e300, 1e308,
    ]

    /// 1, 1.5 and the largest significand in every binade from the smallest subnormal to the
    /// largest finite, both signs.
    static let everyBinade: [Double] = (-1074...1023).flatMap { exponent in
        [1.0, 1.5, 2.0.nextDown].flatMap { significand -> [Double] in
            let value = Double(sign: .plus, exponent: exponent, significand: significand)
            return [value, -value]
        }
    }

    /// ``special`` then ``everyBinade``.
    static var all: [Double] { special + everyBinade }

    /// True when `parsed`, read from the text of `value` with `decimals` decimals, is within the
    /// rounding: half a unit of the last decimal while the digits are exact (below 9 × 10¹⁵ units),
    /// else less than one (a truncated whole number) or a relative 10⁻¹⁵ (an exponent form).
    static func readsBack(_ parsed: Double, as value: Double, decimals: Int) -> Bool {
        var scale = 1.0
        for _ in 0..<min(max(decimals, 0), 12) { scale *= 10 }
        let exact = abs(value) * scale < 9e15
        let tolerance = (exact ? 0.5 / scale : 1) + abs(value) * 1e-15
        return abs(parsed - value) <= tolerance
    }
}
