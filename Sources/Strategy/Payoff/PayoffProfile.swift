import MarketData
import OptionMath

/// A point of a payoff curve: the position's P&L in USD if the SPX were at `spot`.
public struct PayoffPoint: Sendable, Hashable {
    /// The hypothetical SPX level.
    public var spot: Double
    /// The position's P&L in USD at that level (costs excluded).
    public var pnl: Double
}

/// The P&L curves of an open condor across a range of SPX levels.
public struct PayoffCurves: Sendable, Hashable {
    /// P&L if the SPX settles at each level on the expiration date.
    public var expiration: [PayoffPoint]
    /// P&L if the SPX moved to each level today (T+0), with the VIX unchanged and the model's skew.
    public var today: [PayoffPoint]
}

/// Computes payoff curves for the briefing's payoff chart, with the same model as the engine.
public enum PayoffProfile {
    /// The curves of `position` as seen at the close of `day`.
    ///
    /// The expiration curve is piecewise linear, so it is given exactly by its ends and its kinks
    /// (the strikes). Today's curve is sampled.
    /// - Parameters:
    ///   - points: how many SPX levels to evaluate for today's curve, evenly spaced from half a wing
    ///     below the long put to half a wing above the long call (widened to include the spot).
    /// - Complexity: O(points) option valuations, with what does not depend on the spot (the
    ///   discount factors, the forward's growth) computed once.
    public static func curves(
        position: PositionRecord, day: TradingDay, parameters: EngineParameters, points: Int = 97
    ) -> PayoffCurves {
        curves(
            legs: position.legs, credit: position.credit, contracts: position.contracts,
            wingWidth: position.wingWidth, expiration: position.expiration, day: day, parameters: parameters,
            points: points)
    }

    /// The curves of a condor given by its parts (for one that is only proposed), as
    /// ``curves(position:day:parameters:points:)`` computes them.
    public static func curves(
        legs: [LegRecord], credit: Double, contracts: Double, wingWidth: Double, expiration: CalendarDate,
        day: TradingDay, parameters: EngineParameters, points: Int = 97
    ) -> PayoffCurves {
        let market = DayMarket(day: day, model: parameters.model)
        let multiplier = parameters.strategy.contractMultiplier * contracts
        let strikes = legs.map(\.strike)
        guard let lowest = strikes.min(), let highest = strikes.max(), points > 1 else {
            return PayoffCurves(expiration: [], today: [])
        }
        let margin = max(wingWidth / 2, parameters.strategy.strikeStep)
        let low = min(lowest - margin, day.spx - margin)
        let high = max(highest + margin, day.spx + margin)
        let years = market.years(to: expiration)
        // The position is short the condor: P&L = credit received − cost to close, where the cost to
        // close is the signed value of the legs (long legs count positive, short legs negative).
        let expiration = ([low, high] + strikes.filter { $0 > low && $0 < high }).sorted().map { spot in
            let settle = legs.reduce(0.0) { total, leg in
                total + leg.side.sign * (leg.kind == .call ? max(spot - leg.strike, 0) : max(leg.strike - spot, 0))
            }
            return PayoffPoint(spot: spot, pnl: (credit + settle) * multiplier)
        }
        // Everything but the spot is today's, so the discounting and the forward's growth factor
        // are computed once; each point then costs the four legs' volatilities and prices. The
        // values are those a market built at each spot would compute, to the bit.
        let discounting = BlackScholesMerton.Expiry(years: years, rate: market.rate, dividendYield: market.dividendYield)
        let growth = BlackScholesMerton.forwardGrowth(years: years, rate: market.rate, dividendYield: market.dividendYield)
        var today: [PayoffPoint] = []
        today.reserveCapacity(points)
        for step in 0..<points {
            let spot = low + (high - low) * Double(step) / Double(points - 1)
            let moved = market.movingSpot(to: spot)
            let expiry = ExpiryPricing(forward: spot * growth, discounting: discounting)
            var now = 0.0
            for leg in legs {
                now += leg.side.sign * moved.option(leg.kind, strike: leg.strike, expiry: expiry).greeks.price
            }
            today.append(PayoffPoint(spot: spot, pnl: (credit + now) * multiplier))
        }
        return PayoffCurves(expiration: expiration, today: today)
    }
}
