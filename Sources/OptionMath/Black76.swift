#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Black-76 prices and Greeks for European options on a forward (used for VIX options).
///
/// Units follow `OptionGreeks`. Delta and gamma are taken with respect to the forward; theta is
/// −∂V/∂T per calendar day holding the forward fixed; rho is ∂V/∂r per rate point holding the
/// forward fixed, which is −T·V/100. Edge cases mirror `BlackScholesMerton`: at `years <= 0` the
/// price is max(θ(F − K), 0) with delta 1/0/½ by moneyness, and at `volatility <= 0` the price is
/// e^(−rT)·max(θ(F − K), 0) with the σ → 0 limits of the Greeks.
public enum Black76 {
    /// The price and the five Greeks of a European option on a forward.
    ///
    /// - Parameters:
    ///   - type: call or put.
    ///   - forward: the forward (futures) price F (> 0).
    ///   - strike: the strike K (> 0).
    ///   - years: time to expiry T in years.
    ///   - volatility: the forward's annualised volatility as a decimal.
    ///   - rate: the continuously compounded discount rate r as a decimal.
    /// - Returns: price and Greeks in the units documented on `OptionGreeks`.
    @inlinable
    public static func evaluate(
        type: OptionType, forward: Double, strike: Double, years: Double,
        volatility: Double, rate: Double
    ) -> OptionGreeks {
        guard years > 0 else {
            return OptionGreeks.atExpiry(type: type, underlying: forward, strike: strike)
        }
        let sign = type.sign
        let sqrtYears = years.squareRoot()
        let totalVolatility = volatility * sqrtYears
        let discount = exp(-rate * years)
        let moneyness = forward / strike
        let terms = BlackTerms(
            sign: sign, logMoneyness: log(moneyness), moneyness: moneyness, totalVolatility: totalVolatility
        )
        let price = discount * max(sign * (forward * terms.cdfD1 - strike * terms.cdfD2), 0)
        let delta = sign * discount * terms.cdfD1
        let gamma = terms.isDegenerate ? 0 : discount * terms.pdfD1 / (forward * totalVolatility)
        let vegaPerUnit = discount * forward * terms.pdfD1 * sqrtYears
        let decay = terms.isDegenerate ? 0 : -discount * forward * terms.pdfD1 * volatility / (2 * sqrtYears)
        let annualTheta = rate * price + decay
        return OptionGreeks(
            price: price, delta: delta, gamma: gamma, vega: vegaPerUnit * 0.01,
            theta: annualTheta / 365, rho: -years * price * 0.01
        )
    }

    /// The price alone of a European option on a forward (see `evaluate`).
    @inlinable
    public static func price(
        type: OptionType, forward: Double, strike: Double, years: Double,
        volatility: Double, rate: Double
    ) -> Double {
        guard years > 0 else { return type.intrinsicValue(underlying: forward, strike: strike) }
        let moneyness = forward / strike
        let terms = BlackTerms(
            sign: type.sign, logMoneyness: log(moneyness), moneyness: moneyness,
            totalVolatility: volatility * years.squareRoot()
        )
        return exp(-rate * years) * max(type.sign * (forward * terms.cdfD1 - strike * terms.cdfD2), 0)
    }
}
