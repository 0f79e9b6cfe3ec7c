import Strategy

extension TextBuffer {
    /// Exact powers of ten from 10⁰ to 10¹², the scales `NumberText` multiplies by.
    private static let scales: [Double] = (0...12).map { places in
        (0..<places).reduce(1.0) { scale, _ in scale * 10 }
    }

    /// The same powers of ten as whole numbers, to split scaled units at the decimal point.
    private static let units: [UInt] = (0...12).map { places in
        (0..<places).reduce(1) { unit, _ in unit * 10 }
    }

    /// Appends the value with exactly `places` decimals, as `NumberText.fixed(_:places:)` writes it.
    ///
    /// Integer arithmetic on the value scaled to whole units: rounded half away from zero, no
    /// exponent, no `-0`. The rare values `NumberText` writes another way (NaN, infinities,
    /// magnitudes of 9·10¹⁵ units or more) are appended from `NumberText` itself.
    /// - Parameters:
    ///   - value: The number to write.
    ///   - places: Digits after the decimal point, 0 to 12.
    mutating func append(_ value: Double, places: Int) {
        let places = min(max(places, 0), 12)
        let scaled = (abs(value) * Self.scales[places]).rounded(.toNearestOrAwayFromZero)
        guard value.isFinite, scaled < 9.0e15 else { return append(NumberText.fixed(value, places: places)) }
        let units = UInt(scaled)
        if value < 0 && units != 0 { append(UInt8(ascii: "-")) }
        guard places > 0 else { return append(digitsOf: units, minimumDigits: 1) }
        let (whole, fraction) = units.quotientAndRemainder(dividingBy: Self.units[places])
        append(digitsOf: whole, minimumDigits: 1)
        append(UInt8(ascii: "."))
        append(digitsOf: fraction, minimumDigits: places)
    }

    /// Appends the value rounded to at most `maxPlaces` decimals without trailing zeros, as
    /// `NumberText.trimmed(_:maxPlaces:)` writes it (`3`, `0.16`).
    ///
    /// - Parameters:
    ///   - value: The number to write.
    ///   - maxPlaces: The most digits after the decimal point, 0 to 12.
    mutating func append(trimmed value: Double, maxPlaces: Int) {
        let places = min(max(maxPlaces, 0), 12)
        let scaled = (abs(value) * Self.scales[places]).rounded(.toNearestOrAwayFromZero)
        guard value.isFinite, scaled < 9.0e15 else {
            return append(NumberText.trimmed(value, maxPlaces: maxPlaces))
        }
        let start = count
        append(value, places: places)
        guard places > 0 else { return }
        while byte(at: count - 1) == UInt8(ascii: "0") { removeLast(1) }
        if byte(at: count - 1) == UInt8(ascii: ".") { removeLast(1) }
        // `-0` can't be left (a `-` comes only with a non-zero digit), but `trimmed` guards it too.
        if count - start == 2 && byte(at: start) == UInt8(ascii: "-") && byte(at: start + 1) == UInt8(ascii: "0") {
            removeLast(2)
            append(UInt8(ascii: "0"))
        }
    }
}
