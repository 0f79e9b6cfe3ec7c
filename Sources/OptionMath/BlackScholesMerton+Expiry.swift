#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension BlackScholesMerton {
    /// The terms every strike of one expiry shares: T, √T and the two discount factors.
    ///
    /// Pricing many strikes of the same expiry (a strike search, the four legs of a condor) with
    /// one `Expiry` computes the two exponentials once instead of once per strike. The values are
    /// those ``BlackScholesMerton/evaluate(type:spot:strike:years:volatility:rate:dividendYield:)``
    /// computes, so the results are the same to the bit.
    public struct Expiry: Sendable, Hashable {
        /// Time to expiry T in years.
        public let years: Double
        /// The continuously compounded rate r.
        public let rate: Double
        /// The continuous dividend yield q.
        public let dividendYield: Double
        /// √T.
        public let sqrtYears: Double
        /// e^(−qT).
        public let dividendDiscount: Double
        /// e^(−rT).
        public let rateDiscount: Double

        /// Computes the shared terms of an expiry `years` away.
        @inlinable
        public init(years: Double, rate: Double, dividendYield: Double) {
            self.years = years
            self.rate = rate
            self.dividendYield = dividendYield
            sqrtYears = years.squareRoot()
            dividendDiscount = exp(-dividendYield * years)
            rateDiscount = exp(-rate * years)
        }
    }

    /// The price and the five Greeks of a European option of a precomputed expiry.
    ///
    /// - Parameters:
    ///   - type: call or put.
    ///   - spot: the underlying's price S (> 0).
    ///   - strike: the strike K (> 0).
    ///   - volatility: the annualised volatility σ as a decimal.
    ///   - expiry: T, r and q with their shared terms.
    /// - Returns: price and Greeks as documented on `OptionGreeks`, with the edge cases of
    ///   ``evaluate(type:spot:strike:years:volatility:rate:dividendYield:)``.
    @inlinable
    public static func evaluate(
        type: OptionType, spot: Double, strike: Double, volatility: Double, expiry: Expiry
    ) -> OptionGreeks {
        let years = expiry.years, rate = expiry.rate, dividendYield = expiry.dividendYield
        guard years > 0 else {
            return OptionGreeks.atExpiry(type: type, underlying: spot, strike: strike)
        }
        let sign = type.sign
        let sqrtYears = expiry.sqrtYears
        let totalVolatility = volatility * sqrtYears
        let dividendDiscount = expiry.dividendDiscount
        let rateDiscount = expiry.rateDiscount
        let discountedSpot = spot * dividendDiscount
        let discountedStrike = strike * rateDiscount
        let moneyness = discountedSpot / discountedStrike
        let terms = BlackTerms(
            sign: sign, logMoneyness: log(moneyness), moneyness: moneyness, totalVolatility: totalVolatility
        )
        let spotTerm = discountedSpot * terms.cdfD1
        let strikeTerm = discountedStrike * terms.cdfD2
        let price = max(sign * (spotTerm - strikeTerm), 0)
        let delta = sign * dividendDiscount * terms.cdfD1
        let gamma = terms.isDegenerate ? 0 : dividendDiscount * terms.pdfD1 / (spot * totalVolatility)
        let vegaPerUnit = discountedSpot * terms.pdfD1 * sqrtYears
        let decay = terms.isDegenerate ? 0 : -discountedSpot * terms.pdfD1 * volatility / (2 * sqrtYears)
        let annualTheta = decay - sign * rate * strikeTerm + sign * dividendYield * spotTerm
        let rhoPerUnit = sign * years * strikeTerm
        return OptionGreeks(
            price: price, delta: delta, gamma: gamma, vega: vegaPerUnit * 0.01,
            theta: annualTheta / 365, rho: rhoPerUnit * 0.01
        )
    }
}
