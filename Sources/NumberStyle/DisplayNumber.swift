/// The one number style for readers: briefings, rule pages, stats, the archive page and charts.
///
/// Locale-free, so identical inputs give identical pages on every machine (docs/number-style.md):
/// `,` between thousands (`111,301.65`), `.` as the decimal point, U+2212 MINUS SIGN before a
/// negative value (`−1.20`), a narrow no-break space (U+202F) before the percent sign (`3.42 %`),
/// and `n/a` for NaN and ±∞. A value that rounds to zero never shows a sign. Machine exports
/// (CSV, JSON, SQLite, `evaluate`) do not use this type; they stay plain ASCII (`NumberText`).
///
/// Every function is total: any `Double` (±∞, NaN, ±0, subnormals, ±1e308) and any count of
/// decimals give text, never a trap.
public enum DisplayNumber {
    /// The sign before a negative value (U+2212 MINUS SIGN).
    public static let minus = "\u{2212}"

    /// The text for a value that is not a finite number.
    public static let notAvailable = "n/a"

    /// What follows a percentage's digits: a narrow no-break space (U+202F) and `%`.
    public static let percentSuffix = "\u{202F}%"

    /// The most decimals written; a larger request is written with this many.
    public static let maximumDecimals = 12

    /// `value` with exactly `decimals` digits after the point (`4,512.30`, `−0.50`).
    ///
    /// `decimals` is clamped to 0...12. A value too large for exact digits at that precision
    /// (9 × 10¹⁵ units or more) is written as a whole number, or, from 2⁶³ on, in Swift's shortest
    /// exponent form (`1e+308`).
    public static func fixed(_ value: Double, _ decimals: Int, grouping: Bool = true) -> String {
        digits(value, decimals, trimZeros: false, grouping: grouping).map { sign(of: value, $0) } ?? notAvailable
    }

    /// `value` with at most `maxDecimals` digits after the point, trailing zeros dropped
    /// (`8`, `3.2`, `4,812.65`): for configured parameters, strikes and axis labels.
    public static func trimmed(_ value: Double, maxDecimals: Int, grouping: Bool = true) -> String {
        digits(value, maxDecimals, trimZeros: true, grouping: grouping).map { sign(of: value, $0) } ?? notAvailable
    }

    /// Like ``fixed(_:_:grouping:)`` with an explicit `+` before a positive value (`+12.30`).
    ///
    /// A value that rounds to zero has no sign (`0.00`).
    public static func signed(_ value: Double, _ decimals: Int, grouping: Bool = true) -> String {
        guard let text = digits(value, decimals, trimZeros: false, grouping: grouping) else { return notAvailable }
        guard text.isZero == false else { return text.digits }
        return (value < 0 ? minus : "+") + text.digits
    }

    /// A fraction as a percentage (`0.0342` → `3.42 %`, signed: `+3.42 %`).
    public static func percent(_ fraction: Double, _ decimals: Int = 2, signed withSign: Bool = false) -> String {
        let text = withSign ? signed(fraction * 100, decimals) : fixed(fraction * 100, decimals)
        return text == notAvailable ? text : text + percentSuffix
    }

    /// A configured fraction (a band, a threshold) as a percentage without trailing zeros
    /// (`0.1` → `10 %`, `0.125` → `12.5 %`).
    public static func percentParameter(_ fraction: Double, maxDecimals: Int = 2) -> String {
        let text = trimmed(fraction * 100, maxDecimals: maxDecimals)
        return text == notAvailable ? text : text + percentSuffix
    }

    /// US dollars with two decimals and the unit (`−1,234.50 USD`, signed: `+1,234.50 USD`).
    public static func usd(_ value: Double, signed withSign: Bool = false) -> String {
        let text = withSign ? signed(value, 2) : fixed(value, 2)
        return text == notAvailable ? text : text + " USD"
    }

    /// The digits of |`value`| and whether they are all zero; `nil` when `value` is not finite.
    private static func digits(
        _ value: Double, _ decimals: Int, trimZeros: Bool, grouping: Bool
    ) -> (digits: String, isZero: Bool)? {
        guard value.isFinite else { return nil }
        let decimals = min(max(decimals, 0), maximumDecimals)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return (largeMagnitude(abs(value)), false) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var text = grouping ? group(String(whole)) : String(whole)
        if decimals > 0 {
            var fraction = String(units % Int64(scale))
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            if trimZeros {
                while fraction.last == "0" { fraction.removeLast() }
            }
            if !fraction.isEmpty { text += "." + fraction }
        }
        return (text, units == 0)
    }

    /// `digits` with the minus sign before it when `value` is negative and the digits are not zero.
    private static func sign(of value: Double, _ text: (digits: String, isZero: Bool)) -> String {
        value < 0 && !text.isZero ? minus + text.digits : text.digits
    }

    /// A finite magnitude of at least 9 × 10¹⁵ units: its whole digits while they fit an `Int64`,
    /// else Swift's shortest text that reads back as the same `Double` (`1e+308`).
    private static func largeMagnitude(_ magnitude: Double) -> String {
        guard let whole = Int64(exactly: magnitude.rounded(.towardZero)) else { return String(magnitude) }
        return String(whole)
    }

    /// `digits` with `,` between groups of three from the right (`1234567` → `1,234,567`).
    private static func group(_ digits: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
