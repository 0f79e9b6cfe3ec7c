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
    ///
    /// The digits are ASCII and written as bytes into one buffer: the whole part (grouped), then
    /// the point and the fraction padded to `decimals` digits, trailing zeros dropped when asked.
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        appendWhole(UInt64(whole), grouping: grouping, to: &bytes)
        if decimals > 0 {
            let point = bytes.count
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals))
            var fraction = UInt64(units % Int64(scale))
            var position = bytes.count
            while fraction > 0 {
                position -= 1
                bytes[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10)
                fraction /= 10
            }
            if trimZeros {
                while bytes.count > point + 1 && bytes[bytes.count - 1] == UInt8(ascii: "0") { bytes.removeLast() }
                if bytes.count == point + 1 { bytes.removeLast() }
            }
        }
        return (String(decoding: bytes, as: UTF8.self), units == 0)
    }

    /// Appends the decimal digits of `whole`, with `,` between groups of three from the right
    /// when `grouping` (`1234567` → `1,234,567`).
    private static func appendWhole(_ whole: UInt64, grouping: Bool, to bytes: inout [UInt8]) {
        var digitCount = 1
        var rest = whole / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        let separators = grouping ? (digitCount - 1) / 3 : 0
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digitCount + separators))
        var position = bytes.count
        var remaining = whole
        var written = 0
        repeat {
            if grouping && written > 0 && written % 3 == 0 {
                position -= 1
                bytes[position] = UInt8(ascii: ",")
            }
            position -= 1
            bytes[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
            written += 1
        } while remaining > 0
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
}
