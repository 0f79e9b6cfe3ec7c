import MarketData

/// One condor repriced on a day: its legs, its cost to close and its per-contract Greeks.
struct CondorMark {
    /// The four legs, in strike order.
    let legs: [LegRecord]
    /// Short legs' value minus long legs' value per contract, in index points.
    let costToClose: Double
    /// Per-contract delta (one condor, before the multiplier), signed by side.
    let delta: Double
    /// Per-contract gamma, signed by side.
    let gamma: Double
    /// Per-contract vega, signed by side.
    let vega: Double
    /// Per-contract theta, signed by side.
    let theta: Double

    /// Reprices the condor's legs on the day: each at its quoted mid when the day's chain quotes
    /// it, else with the model (intrinsic values at or after expiration).
    init(strikes: CondorStrikes, expiration: CalendarDate, market: DayMarket) {
        let expiry = market.expiry(years: market.years(to: expiration))
        var legs: [LegRecord] = []
        legs.reserveCapacity(4)
        var cost = 0.0, delta = 0.0, gamma = 0.0, vega = 0.0, theta = 0.0
        for leg in strikes.legs {
            let (greeks, iv, source) = market.pricedLeg(
                leg.kind, strike: leg.strike, expiration: expiration, expiry: expiry)
            legs.append(
                LegRecord(
                    kind: leg.kind, side: leg.side, strike: leg.strike, iv: iv, price: greeks.price,
                    delta: greeks.delta, source: source))
            let sign = leg.side.sign
            cost -= sign * greeks.price
            delta += sign * greeks.delta
            gamma += sign * greeks.gamma
            vega += sign * greeks.vega
            theta += sign * greeks.theta
        }
        self.legs = legs
        self.costToClose = cost
        self.delta = delta
        self.gamma = gamma
        self.vega = vega
        self.theta = theta
    }

    /// Whether every leg was priced from a quote.
    var allQuoted: Bool { legs.allSatisfy { $0.source == .market } }

    /// Net Greeks of `contracts` condors: per-contract Greeks × contracts × multiplier.
    func netGreeks(contracts: Double, multiplier: Double) -> NetGreeks {
        let scale = contracts * multiplier
        return NetGreeks(delta: delta * scale, gamma: gamma * scale, vega: vega * scale, theta: theta * scale)
    }
}
