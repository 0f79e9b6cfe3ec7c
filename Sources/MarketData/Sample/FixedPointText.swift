/// Locale-free decimal text for prices, identical on every platform.
enum FixedPointText {
    /// `value` rounded half away from zero to `decimals` places and written with exactly that many.
    static func format(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let units = Int((value * scale).rounded())
        let sign = units < 0 ? "-" : ""
        let magnitude = units.magnitude
        var factor: UInt = 1
        for _ in 0..<decimals { factor *= 10 }
        let whole = String(magnitude / factor)
        guard decimals > 0 else { return sign + whole }
        let fraction = String(magnitude % factor)
        return sign + whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// `value` rounded half away from zero to `decimals` places, as a Double.
    static func rounded(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (value * scale).rounded() / scale
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
