import Foundation
import MarketData
import TestSupport
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

    /// The former `fixed`, kept to check the arithmetic version against it.
    private static func referenceFixed(_ value: Double, places: Int) -> String {
        let places = min(max(places, 0), 12)
        guard value.isFinite else { return places == 0 ? "0" : "0." + String(repeating: "0", count: places) }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return value < 0 ? "-" + String(-value) : String(value) }
        let units = UInt64(scaled)
        var digits = String(units)
        if places > 0 {
            if digits.count <= places {
                digits = String(repeating: "0", count: places - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return (value < 0 && units != 0) ? "-" + digits : digits
    }

    /// Values of every magnitude, rounded and not, for comparing the writers with their references.
    private static let manyValues: [Double] = {
        var random = SplitMix64(seed: 3)
        var values: [Double] = [
            0, -0.0, 1, -1, 10, 100, 0.5, -0.5, 1e15, -1e16, 9e15, 8.99e15, 9e3, .nan, .infinity, -.infinity, 0.005,
            -0.005, 1e-12, 5e-13, 999_999.999_999_5,
        ]
        for _ in 0..<20_000 {
            let magnitude = pow(10, random.nextUnit() * 22 - 10)
            let value = (random.nextUnit() < 0.5 ? -1 : 1) * magnitude
            values.append(value)
            values.append((value * 100).rounded() / 100)
        }
        return values
    }()

    @Test func fixedMatchesTheFormerStringEditingOverManyValues() {
        for value in Self.manyValues {
            for places in [0, 1, 2, 3, 4, 6, 12, 13, -1] {
                #expect(NumberText.fixed(value, places: places) == Self.referenceFixed(value, places: places))
            }
        }
    }

    @Test func trimmedMatchesTheFormerStringEditingOverManyValues() {
        for value in Self.manyValues {
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
