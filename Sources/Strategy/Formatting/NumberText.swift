/// Locale-free, deterministic text for numbers in explanations, exports and error messages.
///
/// Foundation's formatters follow the user's locale; CondorPress output must be byte-identical on
/// every machine, so numbers are written here with integer arithmetic only: no grouping separators,
/// a `.` as decimal point, a leading `-` for negatives, and `0` for anything that is not finite.
public enum NumberText {
    /// The value with exactly `places` digits after the decimal point, rounded half away from zero.
    ///
    /// Total: any `Double` gives text. A value of 9 × 10¹⁵ units or more has no exact digits at
    /// that precision and is written as Swift's shortest text for it (`10000000000.0`, `1e+308`).
    ///
    /// - Parameters:
    ///   - value: The number to write; NaN and infinities are written as zero.
    ///   - places: Digits after the decimal point, 0 to 12 (clamped).
    /// - Returns: Text such as `3.41`, `-0.50` or `12`.
    public static func fixed(_ value: Double, places: Int) -> String {
        let places = min(max(places, 0), 12)
        guard value.isFinite else { return places == 0 ? "0" : "0." + String(repeating: "0", count: places) }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^53 the digits are not meaningful anyway; fall back to Swift's own text.
        guard scaled < 9.0e15 else { return value < 0 ? "-" + String(-value) : String(value) }
        let units = UInt64(scaled)
        let sign = (value < 0 && units != 0) ? "-" : ""
        guard places > 0 else { return sign + String(units) }
        // The digits of `units` with a point before the last `places` of them (at least one before
        // it), written as the whole part and the zero-padded fraction.
        var unit: UInt64 = 1
        for _ in 0..<places { unit *= 10 }
        let fraction = String(units % unit)
        let zeros = String(repeating: "0", count: places - fraction.utf8.count)
        return sign + String(units / unit) + "." + zeros + fraction
    }

    /// The value rounded to at most `maxPlaces` decimals with trailing zeros removed (`3`, `0.16`).
    ///
    /// - Parameters:
    ///   - value: The number to write; NaN and infinities are written as zero.
    ///   - maxPlaces: The most digits after the decimal point, 0 to 12.
    /// - Returns: The shortest fixed-point text at that precision.
    public static func trimmed(_ value: Double, maxPlaces: Int = 6) -> String {
        let text = fixed(value, places: maxPlaces)
        // The text is ASCII, so its UTF-8 bytes are its characters. An exponent form (a huge
        // value, see `fixed`) keeps its zeros: they belong to the exponent.
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: ".")), !bytes.contains(UInt8(ascii: "e")) else { return text }
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "0") {
            end = bytes.index(before: end)
        }
        if end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: ".") {
            end = bytes.index(before: end)
        }
        let result = String(text[..<end])
        return result == "-0" ? "0" : result
    }

    /// A money amount in USD with two decimals (`1234.50`).
    public static func usd(_ value: Double) -> String { fixed(value, places: 2) }

    /// A fraction written as a percentage with up to two decimals (`0.3` → `30`).
    public static func percent(_ fraction: Double) -> String { trimmed(fraction * 100, maxPlaces: 2) }
}

/// Rounding of stored values to a fixed number of decimals, used by the exports.
public enum Rounding {
    /// The value rounded half away from zero to `places` decimals; NaN and infinities become zero.
    public static func places(_ value: Double, _ places: Int) -> Double {
        guard value.isFinite else { return 0 }
        var scale = 1.0
        for _ in 0..<min(max(places, 0), 12) { scale *= 10 }
        let scaled = value * scale
        guard abs(scaled) < 9.0e15 else { return value }
        let rounded = scaled.rounded(.toNearestOrAwayFromZero) / scale
        return rounded == 0 ? 0 : rounded
    }
}
