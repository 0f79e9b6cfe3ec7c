import NumberStyle

extension Chart where Kind == PayoffChartInput {
    /// A sentence-by-sentence summary of the chart for screen readers, used when the input has no
    /// description.
    var generatedDescription: String {
        let expiration = PayoffChart.cleaned(input.expiration)
        let today = PayoffChart.cleaned(input.today)
        func number(_ value: Double) -> String { DisplayNumber.trimmed(value, maxDecimals: 2) }
        func pair(_ first: Double, _ second: Double) -> String? {
            guard first.isFinite || second.isFinite else { return nil }
            return number(first) + " and " + number(second)
        }

        var sentences: [String] = []
        let curves = today.isEmpty ? "at expiration" : "at expiration (solid line) and today (dashed line)"
        if let first = expiration.first ?? today.first, let last = expiration.last ?? today.last {
            sentences.append(
                "Profit and loss in " + input.unit + " " + curves + " for SPX from " + number(first.x) + " to "
                    + number(last.x) + ".")
        } else {
            sentences.append("No payoff data.")
        }
        if let text = input.breakEvens.flatMap({ pair($0.low, $0.high) }) { sentences.append("Break-evens " + text + ".") }
        if let text = input.shortStrikes.flatMap({ pair($0.put, $0.call) }) {
            sentences.append("Short strikes " + text + ".")
        }
        if let text = input.longStrikes.flatMap({ pair($0.put, $0.call) }) { sentences.append("Long strikes " + text + ".") }
        if let spot = input.spot, spot.isFinite { sentences.append("Spot " + number(spot) + ".") }
        if !expiration.isEmpty {
            let range = LinearScale.extent(of: expiration.lazy.map(\.y))
            sentences.append(
                "At expiration the P&L runs from " + number(range.lowerBound) + " to " + number(range.upperBound) + " "
                    + input.unit + "; the profit zone is shaded.")
        }
        return sentences.joined(separator: " ")
    }
}
