/// Deterministic number formatting for chart coordinates and labels.
///
/// No locale and no `printf`: digits come from integer arithmetic on the rounded value, so the same
/// `Double` always gives the same bytes on every platform. A value that rounds to zero never shows
/// a minus sign ("no -0"), and a non-finite value never reaches the output.
public enum ChartNumberFormat {
    /// The minus sign used in labels meant for readers (U+2212 MINUS SIGN).
    public static let labelMinus = "\u{2212}"

    /// The text shown in a label for a value that is not finite.
    public static let notAvailable = "n/a"

    /// Formats a coordinate for an SVG attribute: at most two decimals, trailing zeros removed,
    /// ASCII minus; a non-finite value becomes `0`.
    public static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return trimmed(value, maxDecimals: 2, grouping: false, minus: "-")
    }

    /// Formats `value` with exactly `decimals` decimals (0–6).
    ///
    /// - Parameters:
    ///   - value: the number; a non-finite one gives ``notAvailable``.
    ///   - decimals: digits after the decimal point, clamped to 0...6.
    ///   - grouping: whether to separate thousands with commas (`12,345.6`).
    ///   - minus: the sign put before a negative value (``labelMinus`` by default).
    /// - Returns: the formatted number, for example `−1,234.50`.
    public static func fixed(
        _ value: Double, decimals: Int, grouping: Bool = false, minus: String = labelMinus
    ) -> String {
        guard value.isFinite else { return notAvailable }
        let places = min(max(decimals, 0), 6)
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        // 9e15 keeps every integer exactly representable; larger values are clamped, not garbled.
        let magnitude = min((abs(value) * factor).rounded(.toNearestOrAwayFromZero), 9.0e15)
        let units = UInt64(magnitude)
        var digits = String(units)
        if digits.count <= places {
            digits = String(repeating: "0", count: places + 1 - digits.count) + digits
        }
        var integerPart = String(digits.dropLast(places))
        let fractionPart = String(digits.suffix(places))
        if grouping { integerPart = grouped(integerPart) }
        let sign = (value < 0 && units != 0) ? minus : ""
        return places == 0 ? sign + integerPart : sign + integerPart + "." + fractionPart
    }

    /// Formats `value` with at most `maxDecimals` decimals, dropping trailing zeros
    /// (`8`, `3.2`, `4,812.65`).
    public static func trimmed(
        _ value: Double, maxDecimals: Int, grouping: Bool = false, minus: String = labelMinus
    ) -> String {
        let text = fixed(value, decimals: maxDecimals, grouping: grouping, minus: minus)
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.hasSuffix("0") { result = result.dropLast() }
        if result.hasSuffix(".") { result = result.dropLast() }
        return String(result)
    }

    /// Formats a fraction as a percentage with at most `maxDecimals` decimals and a space before
    /// the sign (`0.032` → `3.2 %`).
    public static func percent(_ fraction: Double, maxDecimals: Int = 1) -> String {
        guard fraction.isFinite else { return notAvailable }
        return trimmed(fraction * 100, maxDecimals: maxDecimals) + " %"
    }

    private static func grouped(_ integerDigits: String) -> String {
        var result = ""
        for (offset, digit) in integerDigits.enumerated() {
            if offset > 0 && (integerDigits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
