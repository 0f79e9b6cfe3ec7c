import MarketData

extension ProfileSimulation {
    /// Step 6: marks the condor and the hedges and writes the day's record.
    mutating func record(market: DayMarket, index: Int, warmup: Bool) -> DayRecord {
        var position: PositionRecord?
        var unrealised = 0.0
        if let held = condor {
            let marked = mark(held, market: market, index: index)
            position = marked
            unrealised = marked.unrealisedPnl
        }
        let held = hedges.map {
            $0.record(status: $0.openDate == market.date ? .opened : .open, market: market, multiplier: multiplier)
        }
        let hedgeValue = held.reduce(0) { $0 + $1.value }
        return DayRecord(
            date: market.date, profile: profile, spot: market.spot, vix: market.vix,
            layer: warmup ? 0 : effectiveLayer, position: position, firings: firings, cash: cash,
            equity: cash + unrealised + hedgeValue, hedgeValue: hedgeValue, totalCosts: totalCosts,
            hedges: held + finishedHedges, signals: signals.record(at: index), warmup: warmup,
            quoteFallback: quoteFallback)
    }

    /// The position record of the held condor at today's close.
    mutating func mark(_ held: OpenCondor, market: DayMarket, index: Int) -> PositionRecord {
        let condorMark = markToday(strikes: held.strikes, expiration: held.expiration, market: market)
        let dte = market.daysTo(held.expiration)
        let breakevens = held.breakevens
        let distance = Invariant.distance(spot: market.spot, breakevens: breakevens)
        let invariant = Invariant.value(credit: held.credit, vix: market.vix, distance: distance)
        let band = evaluateBand(dte: dte, market: market, index: index)
        return PositionRecord(
            openDate: held.openDate, expiration: held.expiration, dte: dte, contracts: held.contracts,
            layer: held.layer, legs: condorMark.legs, credit: held.credit, wingWidth: held.wingWidth,
            maxLoss: held.maxLoss, breakevens: [breakevens.low, breakevens.high],
            greeks: condorMark.netGreeks(contracts: held.contracts, multiplier: multiplier), invariant: invariant,
            initialInvariant: held.initialInvariant,
            erosion: Invariant.erosion(current: invariant, initial: held.initialInvariant), band: band,
            value: condorMark.costToClose,
            unrealisedPnl: (held.credit - condorMark.costToClose) * multiplier * held.contracts,
            distancePercent: distance * 100,
            distanceSigmas: Invariant.sigmas(
                distance: distance, atmVolatility: market.atmVolatility, years: market.years(to: held.expiration)),
            costs: held.openingCosts)
    }
}
