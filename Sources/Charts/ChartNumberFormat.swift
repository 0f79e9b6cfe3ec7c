/// Deterministic number formatting for chart coordinates and labels.
///
/// No locale and no `printf`: digits come from integer arithmetic on the rounded value, so the same
/// `Double` always gives the same bytes on every platform. A value that rounds to zero never shows
/// a minus sign ("no -0"), and a non-finite value never reaches the output.
///
/// The digits are written straight into their destination (a new `String`'s storage, or a chart's
/// output buffer), so formatting a coordinate allocates nothing and never searches or edits text.
public enum ChartNumberFormat {
    /// The minus sign used in labels meant for readers (U+2212 MINUS SIGN).
    public static let labelMinus = "\u{2212}"

    /// The text shown in a label for a value that is not finite.
    public static let notAvailable = "n/a"

    /// Formats a coordinate for an SVG attribute: at most two decimals, trailing zeros removed,
    /// ASCII minus; a non-finite value becomes `0`.
    public static func coordinate(_ value: Double) -> String {
        makeString { writeCoordinate(value, to: $0, at: 0) }
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

    /// The longest text ``writeCoordinate(_:to:at:)`` and ``writeDigits(_:places:trimZeros:grouping:asciiMinus:to:at:)``
    /// write: 16 integer digits, 5 commas, a point, 6 decimals and a sign.
    static let maxDigitsLength = 29

    /// Writes ``coordinate(_:)`` of `value` as UTF-8 into `buffer` from `offset`, where there must
    /// be room for ``maxDigitsLength`` bytes, and returns the number of bytes written.
    ///
    /// This is ``writeDigits(_:places:trimZeros:grouping:asciiMinus:to:at:)`` for two trimmed
    /// decimals and an ASCII minus, written out for speed: paths are made of thousands of
    /// coordinates. Both decimals are always stored and the length decides how many count, which
    /// spares the processor a hard-to-predict branch per coordinate.
    static func writeCoordinate(_ value: Double, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        let units = value.isFinite ? roundedUnits(value, places: 2) : 0
        var position = offset
        if value < 0 && units != 0 {
            buffer[position] = UInt8(ascii: "-")
            position += 1
        }
        position += writeInteger(units / 100, to: buffer, at: position)
        let fraction = UInt8(truncatingIfNeeded: units % 100)
        buffer[position] = UInt8(ascii: ".")
        buffer[position + 1] = UInt8(ascii: "0") + fraction / 10
        buffer[position + 2] = UInt8(ascii: "0") + fraction % 10
        // `.dd`, `.d` when the second decimal is zero, nothing when both are.
        let fractionLength = fraction == 0 ? 0 : (fraction % 10 == 0 ? 2 : 3)
        return position + fractionLength - offset
    }

    /// Writes `integer` in decimal digits into `buffer` from `offset` and returns their number.
    ///
    /// At most 20 digits, so the index arithmetic cannot overflow and uses wrapping operators.
    private static func writeInteger(_ integer: UInt64, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        var digits = 1
        var rest = integer / 10
        while rest > 0 {
            digits &+= 1
            rest /= 10
        }
        var remaining = integer
        var position = offset &+ digits
        repeat {
            position &-= 1
            buffer[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
        } while position > offset
        return digits
    }

    /// `value` (finite) formatted with the sign `minus` when it is negative after rounding.
    private static func format(
        _ value: Double, decimals: Int, trimZeros: Bool, grouping: Bool, minus: String
    ) -> String {
        guard value.isFinite else { return notAvailable }
        let places = min(max(decimals, 0), 6)
        let units = roundedUnits(value, places: places)
        let digits = makeString {
            writeDigits(units, places: places, trimZeros: trimZeros, grouping: grouping, asciiMinus: false, to: $0, at: 0)
        }
        return value < 0 && units != 0 ? minus + digits : digits
    }

    /// Exact powers of ten, 10⁰ through 10⁶, as integers and as doubles.
    private static let integerPowers: [UInt64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]
    private static let doublePowers: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// |`value`| (finite) in units of 10^−`places` (0...6), rounded half away from zero.
    ///
    /// The result is clamped at 9 × 10¹⁵, below which every integer is exactly representable, so
    /// huge values are clamped rather than garbled. Below the clamp the rounding is done with an
    /// integer conversion: the whole part truncates exactly, the fractional part `scaled − whole`
    /// is exact too, and adding one when it is at least a half is rounding half away from zero,
    /// without a call to the C library's `round`.
    @inline(__always)
    private static func roundedUnits(_ value: Double, places: Int) -> UInt64 {
        let scaled = abs(value) * doublePowers[places]
        guard scaled < 9.0e15 else { return 9_000_000_000_000_000 }
        let whole = Int64(scaled)  // signed conversions are single instructions on x86-64
        return UInt64(scaled - Double(whole) >= 0.5 ? whole + 1 : whole)
    }

    /// The ASCII text `write` puts into a buffer of ``maxDigitsLength`` bytes (returning its
    /// length), as a `String`.
    ///
    /// The buffer is on the stack, so a result of up to 15 bytes, which Swift keeps inside the
    /// `String` value itself, is made without any allocation.
    private static func makeString(_ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxDigitsLength) { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[..<write(buffer)]), as: UTF8.self)
        }
    }

    /// Writes `units` (a magnitude in 10^−`places`, `places` in 0...6) as decimal ASCII into
    /// `buffer` from `offset`, where there must be room for ``maxDigitsLength`` bytes, and returns
    /// the number of bytes written.
    ///
    /// The text is the integer part (at least `0`), with commas between groups of three digits
    /// when `grouping`, then `.` and exactly `places` fraction digits, or only the significant ones
    /// when `trimZeros` (and no `.` when none is left), led by `-` when `asciiMinus`. Its length is
    /// worked out first, then the digits are written from the last one backwards.
    ///
    /// - Complexity: O(number of digits).
    private static func writeDigits(
        _ units: UInt64, places: Int, trimZeros: Bool, grouping: Bool, asciiMinus: Bool,
        to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int
    ) -> Int {
        var integer = units / integerPowers[places]
        var fraction = units % integerPowers[places]
        var fractionDigits = places
        if trimZeros {
            while fractionDigits > 0 && fraction % 10 == 0 {
                fraction /= 10
                fractionDigits -= 1
            }
        }
        var integerDigits = 1
        var rest = integer / 10
        while rest > 0 {
            integerDigits += 1
            rest /= 10
        }
        let commas = grouping ? (integerDigits - 1) / 3 : 0
        let length = (asciiMinus ? 1 : 0) + integerDigits + commas + (fractionDigits > 0 ? fractionDigits + 1 : 0)

        var position = offset + length
        func write(_ byte: UInt8) {
            position -= 1
            buffer[position] = byte
        }
        if fractionDigits > 0 {
            for _ in 0..<fractionDigits {
                write(UInt8(ascii: "0") + UInt8(fraction % 10))
                fraction /= 10
            }
            write(UInt8(ascii: "."))
        }
        for written in 0..<integerDigits {
            if grouping && written > 0 && written % 3 == 0 { write(UInt8(ascii: ",")) }
            write(UInt8(ascii: "0") + UInt8(integer % 10))
            integer /= 10
        }
        if asciiMinus { write(UInt8(ascii: "-")) }
        return length
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
