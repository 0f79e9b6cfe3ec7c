import Testing

@testable import MarketData

/// ``RowReader/parseNumber(_:)`` reads short decimals itself; every value must be the one
/// `Double(String)` (the C library's correctly rounded `strtod`) gives.
@Suite("Number fields")
struct RowReaderNumberTests {
    /// The former reading: Double(String) after the same byte check.
    private static func reference(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ "0123456789.+-eE".utf8.contains($0) }),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }

    @Test(
        "edge cases",
        arguments: [
            "0", "-0", "00", "0.0", "-0.000", "1", "5.", ".5", "-.5", "-", "--1", "1-", "+1", "1.2.3", "1e3", "1E-2",
            "4015.34", "19.220000", "999999999999999", "9999999999999999", "0.000000000000001", "0.0000000000000001",
            "123456789012345", "1234567890123456", "9007199254740993", "0.1", "0.3", "2.675", "1.005", "-1234.5678",
            "100000000000000.0", "1.00000000000000", "00000000000000012",
        ])
    func edgeCases(_ text: String) {
        #expect(RowReader.parseNumber(text)?.bitPattern == Self.reference(text)?.bitPattern, "\(text)")
    }

    @Test("generated decimals of every length read as strtod reads them")
    func generated() {
        var state: UInt64 = 2024
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        for _ in 0..<200_000 {
            let whole = Int(next() % 17), fraction = Int(next() % 17)
            var text = next() % 4 == 0 ? "-" : ""
            text += String((0..<max(whole, 1)).map { _ in Character(String(next() % 10)) })
            if fraction > 0 { text += "." + String((0..<fraction).map { _ in Character(String(next() % 10)) }) }
            #expect(RowReader.parseNumber(text)?.bitPattern == Self.reference(text)?.bitPattern, "\(text)")
        }
    }
}
