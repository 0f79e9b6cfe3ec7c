import Strategy

/// How numbers read in rule explanations: prices, credits and levels with two decimals, strikes
/// and parameters without trailing zeros, USD with two decimals and a `USD` suffix.
enum ExplanationNumbers {
    /// A price, credit or index level with two decimals (`3.41`).
    static func points(_ value: Double) -> String { fixed(value, 2) }

    /// `value` with exactly `decimals` digits after the point.
    static func fixed(_ value: Double, _ decimals: Int) -> String { NumberText.fixed(value, places: decimals) }

    /// A strike without trailing zeros (`4100`, `4102.5`).
    static func strike(_ value: Double) -> String { NumberText.trimmed(value, maxPlaces: 2) }

    /// A parameter without trailing zeros (`3`, `0.16`).
    static func parameter(_ value: Double) -> String { NumberText.trimmed(value, maxPlaces: 4) }

    /// A USD amount (`1234.50 USD`).
    static func usd(_ value: Double) -> String { NumberText.usd(value) + " USD" }

    /// A fraction as a percentage (`0.05` → `5%`).
    static func percent(_ fraction: Double) -> String { NumberText.trimmed(fraction * 100, maxPlaces: 2) + "%" }

    /// A contract count with two decimals (`7.98`).
    static func contracts(_ value: Double) -> String { fixed(value, 2) }

    /// A change with its sign (`+12.30`, `-4.00`).
    static func signed(_ value: Double) -> String {
        let text = points(value)
        return text.hasPrefix("-") ? text : "+" + text
    }

    /// "1 day" or "n days".
    static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    /// English ordinal (`3rd`).
    static func ordinal(_ n: Int) -> String {
        let tens = (n / 10) % 10
        let suffix: String
        switch tens == 1 ? 0 : n % 10 {
        case 1: suffix = "st"
        case 2: suffix = "nd"
        case 3: suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
