import MarketData

extension Explain {
    /// `alvh-layer-1` / `alvh-layer-2`: a layer activated; `hedge` describes the purchase if any.
    static func layerActivated(layer: Int, vix: Double, threshold: Double, hedge: String?) -> RuleFiring {
        RuleFiring(
            id: layer >= 2 ? .alvhLayer2 : .alvhLayer1,
            inputs: [RuleInput("vix", vix), RuleInput("threshold", threshold)],
            explanation: "The VIX closed at \(points(vix)), at or above \(parameter(threshold)), so ALVH layer "
                + "\(layer) activates\(hedge.map { " and " + $0 } ?? "").")
    }

    /// The clause describing a hedge purchase.
    static func hedgeBought(contracts: Double, long: Double, short: Double, expiration: CalendarDate, premium: Double)
        -> String
    {
        "buys \(Explain.contracts(contracts)) VIX \(strike(long))/\(strike(short)) call spreads expiring "
            + "\(expiration.iso) at \(points(premium)) each"
    }

    /// The clause used when a hedge could not be bought: a worthless spread or no budget.
    static func hedgeSkipped(premium: Double, budget: Double) -> String {
        budget > 0
            ? "buys no hedge, as the call spread is worth \(points(premium))"
            : "buys no hedge, as the hedge budget is \(usd(max(budget, 0)))"
    }

    /// `alvh-stand-down`: a layer stood down; `hedge` describes the sale if any.
    static func layerStoodDown(layer: Int, vix: Double, level: Double, closes: Int, hedge: String?) -> RuleFiring {
        RuleFiring(
            id: .alvhStandDown,
            inputs: [
                RuleInput("layer", Double(layer)), RuleInput("vix", vix), RuleInput("level", level),
                RuleInput("closes", Double(closes)),
            ],
            explanation: "The VIX closed at \(points(vix)), the \(ordinal(closes)) close in a row below "
                + "\(parameter(level)), so ALVH layer \(layer) stands down\(hedge.map { " and " + $0 } ?? "").")
    }

    /// The clause describing a hedge sale on stand-down.
    static func hedgeSold(price: Double, premium: Double) -> String {
        "its hedge is sold at \(points(price)) per spread against \(points(premium)) paid"
    }
}
