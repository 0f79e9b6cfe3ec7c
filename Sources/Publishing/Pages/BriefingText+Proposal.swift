import MarketData
import NumberStyle
import Strategy

extension BriefingText {
    /// What the briefing shows of a condor, held or proposed (``CondorSummary``).
    static func condorSummary(
        legs: [LegRecord], expiration: CalendarDate, days: Int, contracts: Double, credit: Double, wingWidth: Double,
        maxLoss: Double, breakevens: (low: Double, high: Double), strategy: StrategyParameters
    ) -> CondorSummary {
        let labels: [(LegKind, LegSide, String)] = [
            (.put, .long, "Long put"), (.put, .short, "Short put"), (.call, .short, "Short call"), (.call, .long, "Long call"),
        ]
        let rows: [LegRow] = labels.compactMap { kind, side, label in
            guard let leg = legs.first(where: { $0.kind == kind && $0.side == side }) else { return nil }
            return LegRow(
                label: label, strike: DisplayNumber.fixed(leg.strike, 0), iv: DisplayNumber.percent(leg.iv, 1),
                price: DisplayNumber.fixed(leg.price, 2), delta: DisplayNumber.fixed(leg.delta, 3),
                source: sourceText(leg.source))
        }
        let count = contracts == contracts.rounded() ? DisplayNumber.fixed(contracts, 0) : DisplayNumber.fixed(contracts, 2)
        return CondorSummary(
            expiration: expiration.iso, dte: String(days), contractsText: count + (contracts == 1 ? " contract" : " contracts"),
            legs: rows, credit: DisplayNumber.fixed(credit, 2), creditUSD: DisplayNumber.usd(credit * strategy.contractMultiplier),
            wingWidth: DisplayNumber.fixed(wingWidth, 0), maxLoss: DisplayNumber.usd(maxLoss),
            breakevenLow: DisplayNumber.fixed(breakevens.low, 2), breakevenHigh: DisplayNumber.fixed(breakevens.high, 2))
    }

    /// The proposal section of a flat day: the condor the rules would open.
    static func proposal(_ preview: EntryPreview, day: TradingDay, strategy: StrategyParameters) -> CondorSummary {
        condorSummary(
            legs: preview.legs, expiration: preview.expiration, days: preview.expiration - day.date,
            contracts: preview.contracts, credit: preview.credit, wingWidth: preview.wingWidth, maxLoss: preview.maxLoss,
            breakevens: preview.breakevens, strategy: strategy)
    }

    /// Why the rules would open nothing at the next session, in one sentence.
    static func proposalRefusal(_ reason: RuleReason) -> String {
        "At today's close prices the entry rule would open nothing: "
            + RuleExplanation.sentence(for: reason).drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
    }
}
