import NumberStyle
import Strategy

extension BriefingText {
    /// The notice at the top of a briefing: what is educational, which prices are modelled and
    /// which quoted, and that nothing is advice.
    static func pricingText(_ position: PositionRecord?) -> String {
        let legs = position?.legs ?? []
        let quoted = legs.filter { $0.source == .market }.count
        if quoted == 0 {
            return "Educational material. Option prices below are modelled from the VIX with Black–Scholes–Merton, "
                + "not quoted; nothing here is advice."
        }
        if quoted == legs.count {
            return "Educational material. The condor's legs below are priced at the mids of the day's quotes in "
                + "chain.csv, not modelled; every other option figure (the payoff curves, the VIX hedges) is modelled "
                + "from the VIX with Black–Scholes–Merton; nothing here is advice."
        }
        return "Educational material. The condor's legs whose source is \"quote\" are priced at the mids of the "
            + "day's quotes in chain.csv; its other legs, and every other option figure, are modelled from the VIX with "
            + "Black–Scholes–Merton; nothing here is advice."
    }

    /// The legs' "Source" cell.
    static func sourceText(_ source: PriceSource) -> String {
        switch source {
        case .market: "quote"
        case .model: "model"
        }
    }

    /// What the position section adds on how the condor was priced, or nil: on the day it was
    /// opened, the fill when its legs were quoted, or why the quotes could not answer.
    static func pricingNote(_ record: DayRecord, strategy: StrategyParameters) -> String? {
        guard let position = record.position, position.openDate == record.date else { return nil }
        if let fallback = record.quoteFallback {
            let reason =
                switch fallback {
                case .noExpiration:
                    "no quoted expiration lies more than \(strategy.exitDTE) calendar days away"
                case .strikeNotQuoted: "a strike the rule needs has no usable quote"
                }
            return "The day's quotes in chain.csv could not answer the entry rule, because \(reason), so this "
                + "condor was chosen and priced by the model."
        }
        guard position.legs.allSatisfy({ $0.source == .market }) else { return nil }
        let slippage = strategy.slippagePerLeg
        let fill = position.credit - 4 * slippage
        return "Chosen from the day's quotes and filled at their mids less \(DisplayNumber.trimmed(slippage, maxDecimals: 2)) "
            + "index points of slippage a leg: \(DisplayNumber.fixed(fill, 2)) index points per condor, the mid credit "
            + "\(DisplayNumber.fixed(position.credit, 2)) less 4 × \(DisplayNumber.trimmed(slippage, maxDecimals: 2)) "
            + "(the slippage is counted with the costs)."
    }
}
