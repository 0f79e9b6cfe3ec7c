/// Locale-free decimal text for prices, identical on every platform.
enum FixedPointText {
    /// The most decimals written; a larger request is written with this many.
    static let maximumDecimals = 12

    /// `value` rounded half away from zero to `decimals` places and written with exactly that many.
    ///
    /// Total: `decimals` is clamped to 0...12, and a value without exact digits at that precision
    /// (non-finite, or 9 × 10¹⁵ units or more) is written as Swift's shortest text for it (`nan`,
    /// `inf`, `1e+308`).
    static func format(_ value: Double, decimals: Int) -> String {
        let decimals = min(max(decimals, 0), maximumDecimals)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        guard abs(scaled) < 9e15 else { return String(value) }
        let units = Int(scaled)
        let sign = units < 0 ? "-" : ""
        let magnitude = units.magnitude
        var factor: UInt = 1
        for _ in 0..<decimals { factor *= 10 }
        let whole = String(magnitude / factor)
        guard decimals > 0 else { return sign + whole }
        let fraction = String(magnitude % factor)
        return sign + whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// `value` rounded half away from zero to `decimals` places (clamped to 0...12), as a Double.
    static func rounded(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<min(max(decimals, 0), maximumDecimals) { scale *= 10 }
        return (value * scale).rounded() / scale
    }

    /// `value` rounded half away from zero to a whole number, clamped to ±9 × 10¹⁵ (NaN gives 0),
    /// so that the conversion to `Int` cannot trap.
    static func wholeNumber(_ value: Double) -> Int {
        guard !value.isNaN else { return 0 }
        return Int(min(max(value.rounded(), -9e15), 9e15))
    }

    /// `MM/DD/YYYY`, the date form of Cboe's history files.
    static func usDate(_ date: CalendarDate) -> String {
        let (year, month, day) = date.components
        return pad(month) + "/" + pad(day) + "/" + String(year)
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
