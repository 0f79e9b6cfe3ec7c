#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Black–Scholes–Merton prices and Greeks for European options on an underlying paying a
/// continuous dividend yield.
///
/// Units follow `OptionGreeks`: vega per volatility point, theta per calendar day, rho per rate
/// point. Conventions at the edges:
/// - `years <= 0` (expiry): the price is the undiscounted intrinsic value max(θ(S − K), 0); delta is
///   1 (call) / −1 (put) in the money, 0 out of the money and ½ / −½ exactly at the money; every
///   other Greek is 0.
/// - `volatility <= 0` with `years > 0`: the price is the discounted intrinsic value of the forward,
///   e^(−rT)·max(θ(F − K), 0); the Greeks are the σ → 0 limits (same ½ convention when F = K;
///   gamma and vega 0). Never NaN for positive spot and strike.
public enum BlackScholesMerton {
    /// The price and the five Greeks of a European option.
    ///
    /// - Parameters:
    ///   - type: call or put.
    ///   - spot: the underlying's price S (> 0).
    ///   - strike: the strike K (> 0).
    ///   - years: time to expiry T in years (calendar days / 365).
    ///   - volatility: the annualised volatility σ as a decimal (0.2 = 20 %).
    ///   - rate: the continuously compounded risk-free rate r as a decimal.
    ///   - dividendYield: the continuous dividend yield q as a decimal.
    /// - Returns: price and Greeks in the units documented on `OptionGreeks`.
    @inlinable
    public static func evaluate(
        type: OptionType, spot: Double, strike: Double, years: Double,
        volatility: Double, rate: Double, dividendYield: Double
    ) -> OptionGreeks {
        evaluate(
            type: type, spot: spot, strike: strike, volatility: volatility,
            expiry: Expiry(years: years, rate: rate, dividendYield: dividendYield))
    }

    /// The price alone of a European option (see `evaluate` for the parameters and edge cases).
    @inlinable
    public static func price(
        type: OptionType, spot: Double, strike: Double, years: Double,
        volatility: Double, rate: Double, dividendYield: Double
    ) -> Double {
        guard years > 0 else { return type.intrinsicValue(underlying: spot, strike: strike) }
        let discountedSpot = spot * exp(-dividendYield * years)
        let discountedStrike = strike * exp(-rate * years)
        let moneyness = discountedSpot / discountedStrike
        let terms = BlackTerms(
            sign: type.sign, logMoneyness: log(moneyness), moneyness: moneyness,
            totalVolatility: volatility * years.squareRoot()
        )
        return max(type.sign * (discountedSpot * terms.cdfD1 - discountedStrike * terms.cdfD2), 0)
    }

    /// The forward price of the underlying, F = S·e^((r − q)·T).
    @inlinable
    public static func forward(spot: Double, years: Double, rate: Double, dividendYield: Double) -> Double {
        spot * forwardGrowth(years: years, rate: rate, dividendYield: dividendYield)
    }

    /// The forward's growth factor e^((r − q)·T), the same for every spot: F = S × this.
    @inlinable
    public static func forwardGrowth(years: Double, rate: Double, dividendYield: Double) -> Double {
        exp((rate - dividendYield) * years)
    }
}
