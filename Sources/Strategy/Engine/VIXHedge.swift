import MarketData
import OptionMath

/// A VIX call spread bought by an ALVH layer (SPEC §5), priced with Black-76 on the VIX forward.
///
/// Reading: long strike round(VIX × `hedgeStrikeMultiplier`), short strike + `hedgeSpreadWidth`,
/// expiration = the VIX expiration closest to `hedgeDays` calendar days after the purchase
/// (``VIXExpirations``); the forward is that expiration's future when `vix_futures.csv` gives it
/// (VX1 for the front contract, VX2 for the next), otherwise the mean-reverting model; volatility is `volOfVol`; at or after expiration the value is
/// the intrinsic value on the VIX close.
struct VIXHedge: Equatable {
    /// The layer that bought it.
    let layer: Int
    /// The purchase date.
    let openDate: CalendarDate
    /// The expiration.
    let expiration: CalendarDate
    /// Long call strike.
    let longStrike: Double
    /// Short call strike.
    let shortStrike: Double
    /// Number of spreads.
    let contracts: Double
    /// Price paid per spread, VIX points.
    let premium: Double
    /// Costs paid so far, USD.
    var costs: Double

    /// The spread's strikes for a VIX close.
    static func strikes(vix: Double, parameters: StrategyParameters) -> (long: Double, short: Double) {
        let long = max((vix * parameters.hedgeStrikeMultiplier).rounded(.toNearestOrAwayFromZero), 1)
        return (long, long + parameters.hedgeSpreadWidth)
    }

    /// Model value of one spread on a day, and the forward used: Black-76 before expiration,
    /// intrinsic on the VIX close from the expiration on.
    static func value(long: Double, short: Double, expiration: CalendarDate, market: DayMarket)
        -> (price: Double, forward: Double)
    {
        let years = market.years(to: expiration)
        guard years > 0 else {
            let intrinsic = max(market.vix - long, 0) - max(market.vix - short, 0)
            return (intrinsic, market.vix)
        }
        let forward = market.vixForward(expiration: expiration)
        let longPrice = Black76.price(
            type: .call, forward: forward, strike: long, years: years, volatility: market.volOfVol, rate: market.rate)
        let shortPrice = Black76.price(
            type: .call, forward: forward, strike: short, years: years, volatility: market.volOfVol, rate: market.rate)
        return (max(longPrice - shortPrice, 0), forward)
    }

    /// Today's value of this hedge per spread and the forward used.
    func value(on market: DayMarket) -> (price: Double, forward: Double) {
        VIXHedge.value(long: longStrike, short: shortStrike, expiration: expiration, market: market)
    }

    /// The record of this hedge on a day.
    func record(status: HedgeStatus, market: DayMarket, multiplier: Double) -> HedgeRecord {
        let (price, forward) = value(on: market)
        return record(status: status, price: price, forward: forward, multiplier: multiplier)
    }

    /// The record of this hedge at a given price.
    func record(status: HedgeStatus, price: Double, forward: Double, multiplier: Double) -> HedgeRecord {
        HedgeRecord(
            layer: layer, status: status, openDate: openDate, expiration: expiration, longStrike: longStrike,
            shortStrike: shortStrike, contracts: contracts, premium: premium, forward: forward, price: price,
            value: price * multiplier * contracts, costs: costs)
    }
}
