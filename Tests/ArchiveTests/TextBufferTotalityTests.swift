import Strategy
import Testing

@testable import Archive

/// The archive's byte writers give the same text as `NumberText` for every binade of `Double`,
/// including NaN, infinities, subnormals and values beyond any integer type.
@Suite("TextBuffer decimals are total")
struct TextBufferTotalityTests {
    @Test("every binade of Double, both signs, matches NumberText")
    func everyBinadeMatchesNumberText() {
        let values: [Double] =
            [.nan, -.nan, .infinity, -.infinity, .greatestFiniteMagnitude, 1e308, -1e308, 1.5e300]
            + (-1074...1023).flatMap { exponent in
                [1.0, 1.5, 2.0.nextDown].flatMap { significand -> [Double] in
                    let value = Double(sign: .plus, exponent: exponent, significand: significand)
                    return [value, -value]
                }
            }
        for value in values {
            for places in [-1, 0, 2, 6, 12, 13] {
                var fixed = TextBuffer()
                fixed.append(value, places: places)
                #expect(fixed.text == NumberText.fixed(value, places: places), "\(value), \(places)")
                var trimmed = TextBuffer()
                trimmed.append(trimmed: value, maxPlaces: places)
                #expect(trimmed.text == NumberText.trimmed(value, maxPlaces: places), "\(value), \(places)")
            }
        }
    }

    @Test("huge values keep their exponent when trimmed")
    func hugeTrimmed() {
        var buffer = TextBuffer()
        buffer.append(trimmed: 1.5e20, maxPlaces: 6)
        #expect(buffer.text == "1.5e+20")
    }
}
