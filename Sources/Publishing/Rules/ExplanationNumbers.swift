import NumberStyle

/// How numbers read in rule explanations, in the one number style (``DisplayNumber``):
/// prices, credits and levels with two decimals, strikes and parameters without trailing zeros,
/// USD with two decimals and a `USD` suffix, measured percentages with two decimals.
enum ExplanationNumbers {
    /// A price, credit or index level with two decimals (`4,512.35`).
    static func points(_ value: Double) -> String { fixed(value, 2) }

    /// `value` with exactly `decimals` digits after the point.
    static func fixed(_ value: Double, _ decimals: Int) -> String { DisplayNumber.fixed(value, decimals) }

    /// A strike without trailing zeros (`4,100`, `4,102.5`).
    static func strike(_ value: Double) -> String { DisplayNumber.trimmed(value, maxDecimals: 2) }

    /// A parameter without trailing zeros (`3`, `0.16`).
    static func parameter(_ value: Double) -> String { DisplayNumber.trimmed(value, maxDecimals: 4) }

    /// A USD amount (`1,234.50 USD`).
    static func usd(_ value: Double) -> String { DisplayNumber.usd(value) }

    /// A measured fraction as a percentage with two decimals (`0.5556` → `55.56 %`).
    static func percent(_ fraction: Double) -> String { DisplayNumber.percent(fraction, 2) }

    /// A configured fraction as a percentage without trailing zeros (`0.05` → `5 %`).
    static func percentParameter(_ fraction: Double) -> String { DisplayNumber.percentParameter(fraction) }

    /// A contract count with two decimals (`7.98`).
    static func contracts(_ value: Double) -> String { fixed(value, 2) }

    /// A change with its sign (`+12.30`, `−4.00`).
    static func signed(_ value: Double) -> String { DisplayNumber.signed(value, 2) }

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
