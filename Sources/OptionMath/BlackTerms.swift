/// The normal-distribution terms shared by Black–Scholes–Merton and Black-76.
///
/// With x = ln(F/K) and s = σ√T: d1 = x/s + s/2, d2 = d1 − s. For a payoff sign θ it holds
/// Φ(θ·d1), Φ(θ·d2) (computed directly, never as 1 − Φ, so the tails keep full precision) and φ(d1).
/// When s is zero or not usable the terms take their s → 0 limits: Φ(θ·d) is 1, 0 or ½ by the sign
/// of θ·x, and φ(d1) is 0.
@usableFromInline
struct BlackTerms {
    /// Φ(θ·d1).
    @usableFromInline let cdfD1: Double
    /// Φ(θ·d2).
    @usableFromInline let cdfD2: Double
    /// φ(d1).
    @usableFromInline let pdfD1: Double
    /// True when the s → 0 limit was used (no volatility left).
    @usableFromInline let isDegenerate: Bool

    /// Computes the terms for payoff sign `sign`, log-moneyness ln(F/K) and total volatility σ√T.
    @inlinable
    init(sign: Double, logMoneyness: Double, totalVolatility: Double) {
        let d1 = logMoneyness / totalVolatility + 0.5 * totalVolatility
        guard totalVolatility > 0, totalVolatility.isFinite, !d1.isNaN else {
            let side = sign * logMoneyness
            let limit: Double = side > 0 ? 1 : (side < 0 ? 0 : 0.5)
            cdfD1 = limit
            cdfD2 = limit
            pdfD1 = 0
            isDegenerate = true
            return
        }
        let d2 = d1 - totalVolatility
        cdfD1 = NormalDistribution.cdf(sign * d1)
        cdfD2 = NormalDistribution.cdf(sign * d2)
        pdfD1 = NormalDistribution.pdf(d1)
        isDegenerate = false
    }
}
