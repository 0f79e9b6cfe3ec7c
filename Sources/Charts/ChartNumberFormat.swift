/// Deterministic number formatting for SVG coordinates (labels use `DisplayNumber`).
///
/// No locale and no `printf`: digits come from integer arithmetic on the rounded value, so the same
/// `Double` always gives the same bytes on every platform. A value that rounds to zero never shows
/// a minus sign ("no -0"), and a non-finite value never reaches the output.
///
/// The digits are written straight into their destination (a new `String`'s storage, or a chart's
/// output buffer), so formatting a coordinate allocates nothing and never searches or edits text.
public enum ChartNumberFormat {
    /// Formats a coordinate for an SVG attribute: at most two decimals, trailing zeros removed,
    /// ASCII minus; a non-finite value becomes `0`.
    public static func coordinate(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxDigitsLength) { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[..<writeCoordinate(value, to: buffer, at: 0)]), as: UTF8.self)
        }
    }

    /// The room ``writeCoordinate(_:to:at:)`` may need: 16 integer digits, a point, two
    /// decimals and a sign, with margin.
    static let maxDigitsLength = 29

    /// Writes ``coordinate(_:)`` of `value` as UTF-8 into `buffer` from `offset`, where there must
    /// be room for ``maxDigitsLength`` bytes, and returns the number of bytes written.
    ///
    /// At most two decimals, trailing zeros dropped, ASCII minus, written out for speed: paths are made of thousands of
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

    /// Exact powers of ten, 10⁰ through 10⁶.
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
}
