import MarketData
import OptionMath

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One session's pricing inputs: spot, VIX, rate, dividend yield and the volatility surface.
///
/// Reading (SPEC §4): the rate is r = ln(1 + ratePercent/100) when the day has a `rates.csv`
/// value, otherwise `model.riskFreeRate`; T = calendar days from the trade date to the expiration
/// / 365; the forward for the surface is F = S·e^{(r−q)T}; prices are model mids, or quoted mids
/// where the day's chain quotes a leg (``pricedLeg(_:strike:expiration:expiry:)``).
struct DayMarket {
    /// The session date.
    let date: CalendarDate
    /// SPX close.
    private(set) var spot: Double
    /// VIX close.
    let vix: Double
    /// Continuous risk-free rate.
    let rate: Double
    /// Continuous dividend yield.
    let dividendYield: Double
    /// Front VIX future (the contract of the first VIX expiration on or after this date) when supplied.
    let vx1: Double?
    /// Second VIX future (the next contract) when supplied.
    let vx2: Double?
    /// The SPX volatility surface.
    let surface: VolatilitySurface
    /// The modelled VIX forward curve, used for an expiration without a supplied future.
    let vixForwardModel: VIXForwardModel
    /// Volatility of volatility for VIX options.
    let volOfVol: Double
    /// The session's option quotes, when `chain.csv` covers it (legs quoted there are priced at
    /// their mids).
    private(set) var quotes: DayQuotes?

    /// Builds the inputs of one trading day, with its option quotes when there are any.
    init(day: TradingDay, model: ModelParameters, quotes: DayQuotes? = nil) {
        self.quotes = quotes
        date = day.date
        spot = day.spx
        vix = day.vix
        if let percent = day.ratePercent, percent > -100, percent.isFinite {
            rate = log(1 + percent / 100)
        } else {
            rate = model.riskFreeRate
        }
        dividendYield = model.dividendYield
        vx1 = day.vixFuture(0)
        vx2 = day.vixFuture(1)
        surface = VolatilitySurface(atmRatio: model.atmRatio, skew: model.skew, smile: model.smile)
        vixForwardModel = VIXForwardModel(longRunMean: model.vixForwardMean, meanReversionSpeed: model.vixForwardSpeed)
        volOfVol = model.volOfVol
    }

    /// The same market with the SPX at `newSpot` (VIX, rate, surface unchanged): what a day with
    /// that close and today's other inputs would give, without recomputing the rate. The day's
    /// quotes belong to its real close, so the moved market prices by the model alone.
    func movingSpot(to newSpot: Double) -> DayMarket {
        var moved = self
        moved.spot = newSpot
        moved.quotes = nil
        return moved
    }

    /// Calendar days from today to `expiration` (negative once it has passed).
    func daysTo(_ expiration: CalendarDate) -> Int { expiration - date }

    /// T in years for an expiration: calendar days / 365, never negative.
    func years(to expiration: CalendarDate) -> Double { max(Double(daysTo(expiration)), 0) / 365 }

    /// σ_atm for today's VIX.
    var atmVolatility: Double { surface.atmVolatility(vix: vix) }

    /// The SPX forward to an expiration `years` away.
    func forward(years: Double) -> Double {
        BlackScholesMerton.forward(spot: spot, years: years, rate: rate, dividendYield: dividendYield)
    }

    /// The model volatility of one SPX strike for an expiration `years` away.
    func volatility(strike: Double, years: Double) -> Double {
        surface.volatility(vix: vix, strike: strike, forward: forward(years: years), years: years)
    }

    /// The pricing inputs every strike of an expiration `years` away shares.
    func expiry(years: Double) -> ExpiryPricing {
        ExpiryPricing(
            forward: forward(years: years),
            discounting: BlackScholesMerton.Expiry(years: years, rate: rate, dividendYield: dividendYield))
    }

    /// The model volatility of one SPX strike of an expiration.
    func volatility(strike: Double, expiry: ExpiryPricing) -> Double {
        surface.volatility(vix: vix, strike: strike, forward: expiry.forward, years: expiry.years)
    }

    /// Price and Greeks of one SPX option (intrinsic value at or after expiration) and the volatility used.
    func option(_ kind: LegKind, strike: Double, years: Double) -> (greeks: OptionGreeks, iv: Double) {
        option(kind, strike: strike, expiry: expiry(years: years))
    }

    /// Price and Greeks of one SPX option of an expiration and the volatility used.
    func option(_ kind: LegKind, strike: Double, expiry: ExpiryPricing) -> (greeks: OptionGreeks, iv: Double) {
        let iv = volatility(strike: strike, expiry: expiry)
        let greeks = BlackScholesMerton.evaluate(
            type: kind.optionType, spot: spot, strike: strike, volatility: iv, expiry: expiry.discounting)
        return (greeks, iv)
    }

    /// The VIX forward to a VIX expiration: the future of that expiration when supplied (VX1 for
    /// the front contract, VX2 for the next), else the mean-reverting model.
    func vixForward(expiration: CalendarDate) -> Double {
        let supplied: Double? =
            switch VIXExpirations.contractIndex(of: expiration, on: date) {
            case 0: vx1
            case 1: vx2
            default: nil
            }
        return supplied ?? vixForwardModel.forward(vix: vix, years: years(to: expiration))
    }
}

/// The inputs one day's options of one expiration share: the forward and the discounting terms,
/// computed once for all the strikes priced (the same values each strike would compute alone).
struct ExpiryPricing {
    /// The SPX forward to the expiration.
    let forward: Double
    /// T, r, q, √T and the discount factors.
    let discounting: BlackScholesMerton.Expiry

    /// T in years.
    var years: Double { discounting.years }
}

extension LegKind {
    /// The OptionMath type of this leg.
    var optionType: OptionType { self == .put ? .put : .call }
}
