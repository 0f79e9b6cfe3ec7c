import MarketData

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
    /// - Parameters:
    ///   - points: how many SPX levels to evaluate, evenly spaced from half a wing below the long
    ///     put to half a wing above the long call (widened to include the spot).
    /// - Complexity: O(points) option valuations.
    public static func curves(
        position: PositionRecord, day: TradingDay, configuration: Configuration, points: Int = 161
    ) -> PayoffCurves {
        let market = DayMarket(day: day, model: configuration.model)
        let multiplier = configuration.strategy.contractMultiplier * position.contracts
        let legs = position.legs
        let strikes = legs.map(\.strike)
        guard let lowest = strikes.min(), let highest = strikes.max(), points > 1 else {
            return PayoffCurves(expiration: [], today: [])
        }
        let margin = max(position.wingWidth / 2, configuration.strategy.strikeStep)
        let low = min(lowest - margin, day.spx - margin)
        let high = max(highest + margin, day.spx + margin)
        let years = market.years(to: position.expiration)
        var expiration: [PayoffPoint] = []
        var today: [PayoffPoint] = []
        for step in 0..<points {
            let spot = low + (high - low) * Double(step) / Double(points - 1)
            var settle = 0.0
            var now = 0.0
            let shifted = TradingDay(date: day.date, spx: spot, vix: day.vix, ratePercent: day.ratePercent)
            let hypothetical = DayMarket(day: shifted, model: configuration.model)
            for leg in legs {
                let intrinsic = leg.kind == .call ? max(spot - leg.strike, 0) : max(leg.strike - spot, 0)
                settle += leg.side.sign * intrinsic
                now += leg.side.sign * hypothetical.option(leg.kind, strike: leg.strike, years: years).greeks.price
            }
            // The position is short the condor: P&L = credit received − cost to close (value of the legs sold).
            expiration.append(PayoffPoint(spot: spot, pnl: (position.credit + settle) * multiplier))
            today.append(PayoffPoint(spot: spot, pnl: (position.credit + now) * multiplier))
        }
        return PayoffCurves(expiration: expiration, today: today)
    }
}
