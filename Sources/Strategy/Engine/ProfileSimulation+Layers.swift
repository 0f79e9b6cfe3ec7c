import MarketData

extension ProfileSimulation {
    /// Step 2: settles expired hedges, then feeds the VIX close to the layers, buying a hedge on
    /// each activation (steward) and selling a layer's hedge when it stands down.
    ///
    /// - Returns: The layers that activated today (empty for the static profile).
    mutating func updateLayers(_ market: DayMarket) -> [Int] {
        settleExpiredHedges(market)
        guard profile.usesLayers else { return [] }
        var activated: [Int] = []
        for event in layers.update(vix: market.vix) {
            switch event {
            case .activated(let layer, let threshold):
                activated.append(layer)
                let clause = profile.buysHedges ? buyHedge(layer: layer, market: market) : nil
                firings.append(
                    RuleFiring(.layerActivated(
                        layer: layer, vix: market.vix, threshold: threshold, hedge: clause)))
            case .stoodDown(let layer, let level, let closes):
                let clause = sellHedge(layer: layer, market: market)
                firings.append(
                    RuleFiring(.layerStoodDown(
                        layer: layer, vix: market.vix, level: level, closes: closes, hedge: clause)))
            }
        }
        return activated
    }

    /// Hedges whose expiration is today or earlier settle at intrinsic value on the VIX close, no costs.
    mutating func settleExpiredHedges(_ market: DayMarket) {
        var kept: [VIXHedge] = []
        for hedge in hedges {
            guard hedge.expiration <= market.date else {
                kept.append(hedge)
                continue
            }
            let (price, forward) = hedge.value(on: market)
            let proceeds = price * multiplier * hedge.contracts
            cash += proceeds
            hedgeCashFlows.append((market.date, proceeds))
            finishedHedges.append(
                hedge.record(status: .settled, price: price, forward: forward, multiplier: multiplier))
        }
        hedges = kept
    }

    /// Buys the layer's VIX call spread with `hedgeBudgetPercent` of cash; returns what happened, for the firing.
    mutating func buyHedge(layer: Int, market: DayMarket) -> HedgeAction {
        let strikes = VIXHedge.strikes(vix: market.vix, parameters: parameters)
        let expiration = VIXExpirations.closest(toCalendarDays: parameters.hedgeDays, after: market.date)
        let (premium, _) = VIXHedge.value(
            long: strikes.long, short: strikes.short, expiration: expiration, market: market)
        let budget = parameters.hedgeBudgetPercent * cash
        guard premium > 1e-9, budget > 0 else { return .skipped(premium: premium, budget: budget) }
        let contracts = budget / (premium * multiplier)
        let costs = 2 * contracts * parameters.costPerLegPerContract
        let paid = premium * multiplier * contracts + costs
        cash -= paid
        totalCosts += costs
        hedgeCount += 1
        hedgeCashFlows.append((market.date, -paid))
        hedges.append(
            VIXHedge(
                layer: layer, openDate: market.date, expiration: expiration, longStrike: strikes.long,
                shortStrike: strikes.short, contracts: contracts, premium: premium, costs: costs))
        return .bought(
            contracts: contracts, long: strikes.long, short: strikes.short, expiration: expiration, premium: premium)
    }

    /// Sells the layer's hedge at model value, if one is held; returns what happened, for the firing.
    mutating func sellHedge(layer: Int, market: DayMarket) -> HedgeAction? {
        guard let index = hedges.firstIndex(where: { $0.layer == layer }) else { return nil }
        var hedge = hedges.remove(at: index)
        let (price, forward) = hedge.value(on: market)
        let costs = 2 * hedge.contracts * parameters.costPerLegPerContract
        let proceeds = price * multiplier * hedge.contracts - costs
        cash += proceeds
        totalCosts += costs
        hedge.costs += costs
        hedgeCashFlows.append((market.date, proceeds))
        finishedHedges.append(hedge.record(status: .closed, price: price, forward: forward, multiplier: multiplier))
        return .sold(price: price, premium: hedge.premium)
    }
}
