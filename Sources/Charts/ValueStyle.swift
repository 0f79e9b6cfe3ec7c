import NumberStyle

/// How values on a vertical axis (and in descriptions) are written.
public enum ValueStyle: Sendable, Equatable {
    /// Plain numbers with thousands separators (`2,500`), shortened to thousands (`105k`) when the
    /// ticks reach 100,000 and a whole number of thousands apart.
    case number
    /// Fractions shown as percentages (`-0.05` → `−5 %`).
    case percent

    /// Tick labels for `ticks`, which are multiples of `step`.
    func tickLabels(_ ticks: [Double], step: Double) -> [String] {
        switch self {
        case .percent:
            let decimals = LinearScale.decimals(forStep: step * 100)
            return ticks.map { DisplayNumber.fixed($0 * 100, decimals) + DisplayNumber.percentSuffix }
        case .number:
            let largest = ticks.map(abs).max() ?? 0
            if largest >= 100_000 && step >= 1_000 {
                let decimals = LinearScale.decimals(forStep: step / 1_000)
                return ticks.map {
                    $0 == 0 ? "0" : DisplayNumber.fixed($0 / 1_000, decimals) + "k"
                }
            }
            let decimals = LinearScale.decimals(forStep: step)
            return ticks.map { DisplayNumber.fixed($0, decimals) }
        }
    }

    /// One value for a sentence, with up to `maxDecimals` decimals (percent: of the percentage).
    func describe(_ value: Double, maxDecimals: Int = 2) -> String {
        switch self {
        case .percent: return DisplayNumber.percent(value, 2)
        case .number: return DisplayNumber.trimmed(value, maxDecimals: maxDecimals)
        }
    }
}
