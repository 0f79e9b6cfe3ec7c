import MarketData

extension Explain {
    /// `alvh-layer-1` / `alvh-layer-2`: a layer activated; `hedge` is what happened to its hedge, if any.
    static func layerActivated(layer: Int, vix: Double, threshold: Double, hedge: HedgeAction?) -> RuleFiring {
        RuleFiring(
            .layerActivated(layer: layer, vix: vix, threshold: threshold, hedge: hedge),
            explanation: "The VIX closed at \(points(vix)), at or above \(parameter(threshold)), so ALVH layer "
                + "\(layer) activates\(hedge.map { " and " + clause($0) } ?? "").")
    }

    /// `alvh-stand-down`: a layer stood down; `hedge` is the sale of its hedge, if any.
    static func layerStoodDown(layer: Int, vix: Double, level: Double, closes: Int, hedge: HedgeAction?)
        -> RuleFiring
    {
        RuleFiring(
            .layerStoodDown(layer: layer, vix: vix, level: level, closes: closes, hedge: hedge),
            explanation: "The VIX closed at \(points(vix)), the \(ordinal(closes)) close in a row below "
                + "\(parameter(level)), so ALVH layer \(layer) stands down\(hedge.map { " and " + clause($0) } ?? "").")
    }

    /// The clause describing what happened to a layer's hedge.
    static func clause(_ action: HedgeAction) -> String {
        switch action {
        case let .bought(contracts, long, short, expiration, premium):
            return "buys \(Explain.contracts(contracts)) VIX \(strike(long))/\(strike(short)) call spreads expiring "
                + "\(expiration.iso) at \(points(premium)) each"
        case let .skipped(premium, budget):
            return budget > 0
                ? "buys no hedge, as the call spread is worth \(points(premium))"
                : "buys no hedge, as the hedge budget is \(usd(max(budget, 0)))"
        case let .sold(price, premium):
            return "its hedge is sold at \(points(price)) per spread against \(points(premium)) paid"
        }
    }
}
