import MarketData
import OptionMath

/// Where a leg's price on a day comes from.
public enum PriceSource: String, Sendable, Hashable, Codable {
    /// The mid of the day's quote in `chain.csv`.
    case market
    /// The VIX-derived model (no usable quote, or no chain for the day).
    case model
}

extension DayMarket {
    /// The implied volatility of a quote: the file's when it gives a positive one, else the
    /// Black–Scholes–Merton volatility that reproduces its mid; nil when neither exists (a mid
    /// below the intrinsic value or above the no-arbitrage bound, or no time left).
    func impliedVolatility(of quote: OptionQuote, kind: LegKind, expiry: ExpiryPricing) -> Double? {
        guard expiry.years > 0 else { return nil }
        if let given = quote.impliedVolatility, given > 0, given.isFinite { return given }
        let solved = ImpliedVolatility.solve(
            price: quote.mid, type: kind.optionType, spot: spot, strike: quote.strike, years: expiry.years,
            rate: rate, dividendYield: dividendYield)
        guard case .success(let volatility) = solved, volatility > 0, volatility.isFinite else { return nil }
        return volatility
    }

    /// One leg priced as the day allows: at the mid of its quote, with Greeks from the quote's
    /// implied volatility, when the day quotes it usably before its expiration; otherwise by the
    /// model (which settles at the intrinsic value from the expiration on).
    func pricedLeg(_ kind: LegKind, strike: Double, expiration: CalendarDate, expiry: ExpiryPricing)
        -> (greeks: OptionGreeks, iv: Double, source: PriceSource)
    {
        if let quote = quotes?.quote(expiration, kind, strike: strike),
            let volatility = impliedVolatility(of: quote, kind: kind, expiry: expiry)
        {
            var greeks = BlackScholesMerton.evaluate(
                type: kind.optionType, spot: spot, strike: strike, volatility: volatility, expiry: expiry.discounting)
            greeks.price = quote.mid
            return (greeks, volatility, .market)
        }
        let (greeks, volatility) = option(kind, strike: strike, expiry: expiry)
        return (greeks, volatility, .model)
    }
}
