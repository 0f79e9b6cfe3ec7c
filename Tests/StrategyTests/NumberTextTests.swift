import Foundation
import Testing

@testable import Strategy

@Suite("NumberText")
struct NumberTextTests {
    @Test func fixedPlaces() {
        #expect(NumberText.fixed(3.414, places: 2) == "3.41")
        #expect(NumberText.fixed(-0.5, places: 2) == "-0.50")
        #expect(NumberText.fixed(-0.001, places: 2) == "0.00")
        #expect(NumberText.fixed(0.05, places: 3) == "0.050")
        #expect(NumberText.fixed(1234567.891, places: 1) == "1234567.9")
        #expect(NumberText.fixed(12, places: 0) == "12")
        #expect(NumberText.fixed(.nan, places: 2) == "0.00")
        #expect(NumberText.fixed(.infinity, places: 0) == "0")
    }

    @Test func trimmedDropsTrailingZeros() {
        #expect(NumberText.trimmed(3) == "3")
        #expect(NumberText.trimmed(0.16) == "0.16")
        #expect(NumberText.trimmed(1.10) == "1.1")
        #expect(NumberText.trimmed(-0.0000001) == "0")
        #expect(NumberText.trimmed(100_000) == "100000")
        #expect(NumberText.percent(0.3) == "30")
        #expect(NumberText.usd(1234.5) == "1234.50")
    }

    /// The former `trimmed`, kept to check the byte-wise version against it.
    private static func referenceTrimmed(_ value: Double, maxPlaces: Int) -> String {
        var text = NumberText.fixed(value, places: maxPlaces)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    @Test func trimmedMatchesTheFormerStringEditingOverManyValues() {
        var random = SplitMix64(seed: 3)
        var values: [Double] = [0, -0.0, 1, -1, 10, 100, 0.5, -0.5, 1e15, -1e16, 9e15, .nan, .infinity, 0.005, -0.005]
        for _ in 0..<20_000 {
            let magnitude = pow(10, random.uniform() * 14 - 7)
            let value = (random.uniform() < 0.5 ? -1 : 1) * magnitude
            values.append(value)
            values.append((value * 100).rounded() / 100)
        }
        for value in values {
            for places in [0, 1, 2, 4, 6, 12, 13, -1] {
                #expect(NumberText.trimmed(value, maxPlaces: places) == Self.referenceTrimmed(value, maxPlaces: places))
            }
        }
    }

    @Test func roundingPlaces() {
        #expect(Rounding.places(1.23456, 2) == 1.23)
        #expect(Rounding.places(-1.25, 1) == -1.3)
        #expect(Rounding.places(.nan, 2) == 0)
        #expect(Rounding.places(-0.0001, 2) == 0)
    }
}
