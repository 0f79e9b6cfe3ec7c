/// Locale-free number formatting, so identical inputs give identical pages on every machine.
///
/// Every function is total: any `Double` (±∞, NaN, ±0, subnormals, ±1e308) and any count of
/// decimals give text, never a trap.
public enum NumberFormat {
    /// The most decimals written; a larger request is written with this many.
    static let maximumDecimals = 12

    /// `value` with `decimals` digits after the point and `,` between thousands (`4,512.30`).
    ///
    /// Non-finite values render as `n/a`; a rounded zero never shows a minus sign. `decimals` is
    /// clamped to 0...12. A value too large for exact digits at that precision (9 × 10¹⁵ units
    /// or more) is written as a whole number, or, from 2⁶³ on, in Swift's shortest exponent form
    /// (`1e+308`).
    public static func fixed(_ value: Double, _ decimals: Int, grouping: Bool = true) -> String {
        guard value.isFinite else { return "n/a" }
        let decimals = min(max(decimals, 0), maximumDecimals)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let negative = value < 0 && scaled != 0
        guard scaled < 9e15 else { return (negative ? "-" : "") + largeMagnitude(abs(value)) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        let fraction = units % Int64(scale)
        var text = grouping ? group(String(whole)) : String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return (negative ? "-" : "") + text
    }

    /// Like `fixed` but with an explicit `+` for positive values.
    public static func signed(_ value: Double, _ decimals: Int, grouping: Bool = true) -> String {
        let text = fixed(value, decimals, grouping: grouping)
        return text.hasPrefix("-") || text == "n/a" || Double(text.replacingOccurrences(of: ",", with: "")) == 0
            ? text : "+" + text
    }

    /// A fraction as a percentage with a narrow no-break space (`0.0342` → `3.42 %`).
    ///
    /// `n/a` when the percentage is not a finite number.
    public static func percent(_ fraction: Double, _ decimals: Int = 2, signed withSign: Bool = false) -> String {
        let text = withSign ? signed(fraction * 100, decimals) : fixed(fraction * 100, decimals)
        return text == "n/a" ? text : text + "\u{202F}%"
    }

    /// US dollars with grouping and two decimals (`-1,234.50 USD`).
    ///
    /// `n/a` for a value that is not finite.
    public static func usd(_ value: Double, signed withSign: Bool = false) -> String {
        let text = withSign ? signed(value, 2) : fixed(value, 2)
        return text == "n/a" ? text : text + " USD"
    }

    /// A finite magnitude of at least 9 × 10¹⁵ units: its whole digits while they fit an `Int64`,
    /// else Swift's shortest text that reads back as the same `Double` (`1e+308`).
    private static func largeMagnitude(_ magnitude: Double) -> String {
        guard let whole = Int64(exactly: magnitude.rounded(.towardZero)) else { return String(magnitude) }
        return String(whole)
    }

    private static func group(_ digits: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
