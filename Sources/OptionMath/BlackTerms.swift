/// The normal-distribution terms shared by Black–Scholes–Merton, Black-76 and the implied
/// volatility solver.
///
/// With x = ln(F/K) and s = σ√T: d1 = x/s + s/2, d2 = d1 − s. For a payoff sign θ it holds
/// Φ(θ·d1), Φ(θ·d2) (computed directly, never as 1 − Φ, so the tails keep full precision) and
/// φ(d1), φ(d2). d1 and d2 are carried in double-double: far out of the money the price is a
/// small difference of two tiny terms, and the rounding of d alone would cost d²·ε of relative
/// accuracy in each term before that cancellation magnified it.
/// When s is zero or not usable the terms take their s → 0 limits: Φ(θ·d) is 1, 0 or ½ by the sign
/// of θ·x, and the densities are 0.
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

    /// Computes the terms.
    ///
    /// - Parameters:
    ///   - sign: θ, +1 for a call and −1 for a put.
    ///   - logMoneyness: x = ln(F/K).
    ///   - moneyness: F/K (so that φ(d2) = φ(d1)·F/K needs no second exponential).
    ///   - totalVolatility: s = σ√T.
    @inlinable
    init(sign: Double, logMoneyness: Double, moneyness: Double, totalVolatility s: Double) {
        let ratio = logMoneyness / s
        guard s > 0, s.isFinite, ratio.isFinite else {
            let side = sign * logMoneyness
            let limit: Double = side > 0 ? 1 : (side < 0 ? 0 : 0.5)
            cdfD1 = limit
            cdfD2 = limit
            pdfD1 = 0
            isDegenerate = true
            return
        }
        // ratio + ratioLow = x/s exactly to double-double precision.
        let ratioLow = logMoneyness.addingProduct(-ratio, s) / s
        let half = 0.5 * s
        let d1 = ratio + half
        let d1Low = Self.sumError(ratio, half, d1) + ratioLow
        let d2 = ratio - half
        let d2Low = Self.sumError(ratio, -half, d2) + ratioLow
        let density1 = NormalDistribution.pdf(high: d1, low: d1Low)
        let product = density1 * moneyness
        let density2 = product.isFinite ? product : 0
        cdfD1 = NormalDistribution.cdf(high: sign * d1, low: sign * d1Low, density: density1)
        cdfD2 = NormalDistribution.cdf(high: sign * d2, low: sign * d2Low, density: density2)
        pdfD1 = density1
        isDegenerate = false
    }

    /// The rounding error of `sum = a + b` (Knuth's TwoSum), exact.
    @inlinable
    static func sumError(_ a: Double, _ b: Double, _ sum: Double) -> Double {
        let bVirtual = sum - a
        let aVirtual = sum - bVirtual
        return (a - aVirtual) + (b - bVirtual)
    }
}
