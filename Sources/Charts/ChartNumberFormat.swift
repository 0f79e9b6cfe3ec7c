/// Deterministic number formatting for chart coordinates and labels.
///
/// No locale and no `printf`: digits come from integer arithmetic on the rounded value, so the same
/// `Double` always gives the same bytes on every platform. A value that rounds to zero never shows
/// a minus sign ("no -0"), and a non-finite value never reaches the output.
///
/// The digits are written right to left into a small stack buffer, so formatting a coordinate
/// allocates nothing and never searches or edits text.
public enum ChartNumberFormat {
    /// The minus sign used in labels meant for readers (U+2212 MINUS SIGN).
    public static let labelMinus = "\u{2212}"

    /// The text shown in a label for a value that is not finite.
    public static let notAvailable = "n/a"

    /// Formats a coordinate for an SVG attribute: at most two decimals, trailing zeros removed,
    /// ASCII minus; a non-finite value becomes `0`.
    public static func coordinate(_ value: Double) -> String {
        withCoordinateDigits(value) { String(decoding: $0, as: UTF8.self) }
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
        format(value, decimals: decimals, trimZeros: false, grouping: grouping, minus: minus)
    }

    /// Formats `value` with at most `maxDecimals` decimals, dropping trailing zeros
    /// (`8`, `3.2`, `4,812.65`).
    public static func trimmed(
        _ value: Double, maxDecimals: Int, grouping: Bool = false, minus: String = labelMinus
    ) -> String {
        // Trimming works on the digits, before the sign is put in front. That is the same as
        // trimming the finished text unless the sign itself contains a full stop, which the
        // text-based trimming would mistake for the decimal point; keep its result for that case.
        guard !minus.utf8.contains(UInt8(ascii: ".")) else {
            return trimmedText(fixed(value, decimals: maxDecimals, grouping: grouping, minus: minus))
        }
        return format(value, decimals: maxDecimals, trimZeros: true, grouping: grouping, minus: minus)
    }

    /// Formats a fraction as a percentage with at most `maxDecimals` decimals and a space before
    /// the sign (`0.032` → `3.2 %`).
    public static func percent(_ fraction: Double, maxDecimals: Int = 1) -> String {
        guard fraction.isFinite else { return notAvailable }
        return trimmed(fraction * 100, maxDecimals: maxDecimals) + " %"
    }

    /// Calls `body` with the UTF-8 bytes of ``coordinate(_:)`` for `value`, without making a
    /// `String`.
    static func withCoordinateDigits<Result>(
        _ value: Double, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let units = value.isFinite ? roundedUnits(value, places: 2) : 0
        let negative = value.isFinite && value < 0 && units != 0
        return withDigits(units, places: 2, trimZeros: true, grouping: false, asciiMinus: negative, body)
    }

    /// `value` (finite) formatted with the sign `minus` when it is negative after rounding.
    private static func format(
        _ value: Double, decimals: Int, trimZeros: Bool, grouping: Bool, minus: String
    ) -> String {
        guard value.isFinite else { return notAvailable }
        let places = min(max(decimals, 0), 6)
        let units = roundedUnits(value, places: places)
        let digits = withDigits(units, places: places, trimZeros: trimZeros, grouping: grouping, asciiMinus: false) {
            String(decoding: $0, as: UTF8.self)
        }
        return value < 0 && units != 0 ? minus + digits : digits
    }

    /// Exact powers of ten, 10⁰ through 10⁶, as integers and as doubles.
    private static let integerPowers: [UInt64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]
    private static let doublePowers: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// |`value`| in units of 10^−`places` (0...6), rounded half away from zero.
    ///
    /// The product is clamped at 9 × 10¹⁵, below which every integer is exactly representable, so
    /// huge values are clamped rather than garbled.
    private static func roundedUnits(_ value: Double, places: Int) -> UInt64 {
        UInt64(min((abs(value) * doublePowers[places]).rounded(.toNearestOrAwayFromZero), 9.0e15))
    }

    /// Calls `body` with `units` (a magnitude in 10^−`places`, `places` in 0...6) written as
    /// decimal ASCII: the integer part (at least `0`), with commas between groups of three digits
    /// when `grouping`, then `.` and exactly `places` fraction digits, or only the significant
    /// ones when `trimZeros` (and no `.` when none is left), led by `-` when `asciiMinus`.
    ///
    /// - Complexity: O(number of digits); the text lives in a 32-byte stack buffer, which holds the
    ///   longest result (16 integer digits, 5 commas, a point, 6 decimals and a sign).
    private static func withDigits<Result>(
        _ units: UInt64, places: Int, trimZeros: Bool, grouping: Bool, asciiMinus: Bool,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var position = buffer.count
            func write(_ byte: UInt8) {
                position -= 1
                buffer[position] = byte
            }
            var integer = units / integerPowers[places]
            var fraction = units % integerPowers[places]
            var fractionDigits = places
            if trimZeros {
                while fractionDigits > 0 && fraction % 10 == 0 {
                    fraction /= 10
                    fractionDigits -= 1
                }
            }
            if fractionDigits > 0 {
                for _ in 0..<fractionDigits {
                    write(UInt8(ascii: "0") + UInt8(fraction % 10))
                    fraction /= 10
                }
                write(UInt8(ascii: "."))
            }
            var integerDigits = 0
            repeat {
                if grouping && integerDigits > 0 && integerDigits % 3 == 0 { write(UInt8(ascii: ",")) }
                write(UInt8(ascii: "0") + UInt8(integer % 10))
                integer /= 10
                integerDigits += 1
            } while integer > 0
            if asciiMinus { write(UInt8(ascii: "-")) }
            return body(UnsafeBufferPointer(rebasing: buffer[position...]))
        }
    }

    /// Drops trailing zeros, then a trailing point, from `text` if it contains a point: the
    /// text-based trimming, kept for signs that contain a full stop (see ``trimmed(_:maxDecimals:grouping:minus:)``).
    private static func trimmedText(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.hasSuffix("0") { result = result.dropLast() }
        if result.hasSuffix(".") { result = result.dropLast() }
        return String(result)
    }
}
