import Testing

@testable import NumberStyle

/// The convention of docs/number-style.md, value by value.
@Suite("DisplayNumber writes the one number style")
struct DisplayNumberTests {
    @Test("thousands separators, the minus sign and no negative zero")
    func fixedDigits() {
        #expect(DisplayNumber.fixed(111_301.654, 2) == "111,301.65")
        #expect(DisplayNumber.fixed(4769.83, 2) == "4,769.83")
        #expect(DisplayNumber.fixed(-1.2, 2) == "\u{2212}1.20")
        #expect(DisplayNumber.fixed(-0.004, 2) == "0.00")
        #expect(DisplayNumber.fixed(1234.5, 0, grouping: false) == "1235")
        #expect(DisplayNumber.fixed(.nan, 2) == "n/a")
        #expect(DisplayNumber.fixed(-.infinity, 2) == "n/a")
    }

    @Test("trimmed drops trailing zeros and the point")
    func trimmedDigits() {
        #expect(DisplayNumber.trimmed(4100, maxDecimals: 2) == "4,100")
        #expect(DisplayNumber.trimmed(4102.50, maxDecimals: 2) == "4,102.5")
        #expect(DisplayNumber.trimmed(-3.2, maxDecimals: 2) == "\u{2212}3.2")
        #expect(DisplayNumber.trimmed(-0.001, maxDecimals: 2) == "0")
        #expect(DisplayNumber.trimmed(.infinity, maxDecimals: 2) == "n/a")
    }

    @Test("signs, percentages and dollars")
    func derived() {
        #expect(DisplayNumber.signed(28.93, 2) == "+28.93")
        #expect(DisplayNumber.signed(-1_234_567.891, 1) == "\u{2212}1,234,567.9")
        #expect(DisplayNumber.signed(-0.001, 2) == "0.00")
        #expect(DisplayNumber.percent(0.0342) == "3.42\u{202F}%")
        #expect(DisplayNumber.percent(0.0795) == "7.95\u{202F}%")
        #expect(DisplayNumber.percent(-0.012, 2, signed: true) == "\u{2212}1.20\u{202F}%")
        #expect(DisplayNumber.percentParameter(0.3) == "30\u{202F}%")
        #expect(DisplayNumber.percentParameter(0.125) == "12.5\u{202F}%")
        #expect(DisplayNumber.usd(-47.716, signed: true) == "\u{2212}47.72 USD")
        #expect(DisplayNumber.usd(111_301.65) == "111,301.65 USD")
        #expect(DisplayNumber.usd(.nan) == "n/a")
        #expect(DisplayNumber.percentParameter(.nan) == "n/a")
    }
}
