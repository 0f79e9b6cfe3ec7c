#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The normalised Black call price b(x, s) = e^(x/2)·Φ(x/s + s/2) − e^(−x/2)·Φ(x/s − s/2) for an
/// out-of-the-money (x = ln(F/K) ≤ 0) option, with s = σ√T, and the root finder that inverts it.
///
/// Every undiscounted Black price divided by √(F·K) is such a b after put–call parity has removed
/// the intrinsic value, so the implied-volatility solver works on this one function only.
struct NormalisedBlack {
    /// The log-moneyness x = ln(F/K), ≤ 0.
    let x: Double
    /// e^(x/2).
    let halfExp: Double
    /// e^(−x/2).
    let inverseHalfExp: Double

    /// Creates the function for log-moneyness `x` (≤ 0).
    init(x: Double) {
        self.x = x
        halfExp = exp(0.5 * x)
        inverseHalfExp = 1 / halfExp
    }

    /// The supremum of b over s, reached as s → ∞: e^(x/2).
    var upperBound: Double { halfExp }

    /// The value and the first two derivatives with respect to s at one point.
    struct Point {
        /// b(x, s).
        var value: Double
        /// e^(x/2)·Φ(−d1) + e^(−x/2)·Φ(d2) = upperBound − b, computed without cancellation.
        var complement: Double
        /// ∂b/∂s = e^(x/2)·φ(d1).
        var slope: Double
        /// ∂²b/∂s² = ∂b/∂s·(x²/s³ − s/4).
        var curvature: Double
    }

    /// Evaluates b and its derivatives at total volatility `s` (> 0).
    ///
    /// d1 and d2 are carried in double-double (see `BlackTerms`) so that the difference of the two
    /// tiny terms far out of the money keeps its relative accuracy.
    func point(_ s: Double, needsComplement: Bool) -> Point {
        let ratio = x / s
        let ratioLow = x.addingProduct(-ratio, s) / s
        let half = 0.5 * s
        let d1 = ratio + half
        let d1Low = BlackTerms.sumError(ratio, half, d1) + ratioLow
        let d2 = ratio - half
        let d2Low = BlackTerms.sumError(ratio, -half, d2) + ratioLow
        let density1 = NormalDistribution.pdf(high: d1, low: d1Low)
        let density2 = density1 * halfExp * halfExp  // φ(d2) = φ(d1)·e^x
        let cdf2 = NormalDistribution.cdf(high: d2, low: d2Low, density: density2)
        let value =
            halfExp * NormalDistribution.cdf(high: d1, low: d1Low, density: density1)
            - inverseHalfExp * cdf2
        let complement =
            needsComplement
            ? halfExp * NormalDistribution.cdf(high: -d1, low: -d1Low, density: density1) + inverseHalfExp * cdf2
            : upperBound - value
        let slope = halfExp * density1
        return Point(
            value: value, complement: complement, slope: slope,
            curvature: slope * (ratio * ratio / s - 0.25 * s)
        )
    }
}
