#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard normal distribution, accurate to full double precision in both tails.
///
/// The CDF is computed from the C library's complementary error function, never from a polynomial
/// approximation, and the argument scaling x/√2 is carried in double-double so that the relative
/// error stays at a few ulps even far out in the lower tail (x ≈ −38, where Φ(x) ≈ 3e-316).
public enum NormalDistribution {
    /// 1/√2 rounded to a double.
    @usableFromInline static let inverseSqrt2High = 0.7071067811865476
    /// The rounding error of `inverseSqrt2High` (1/√2 − high).
    @usableFromInline static let inverseSqrt2Low = -4.8336466567264565e-17
    /// 1/√(2π).
    @usableFromInline static let inverseSqrt2Pi = 0.3989422804014327
    /// √2.
    @usableFromInline static let sqrt2 = 1.4142135623730951

    /// The density φ(x) = e^(−x²/2) / √(2π).
    ///
    /// x² is split into an exact high and low part so that the exponent's rounding does not
    /// cost relative accuracy for large |x|.
    @inlinable
    public static func pdf(_ x: Double) -> Double {
        let square = x * x
        let low = (-square).addingProduct(x, x)  // exact: x·x − round(x·x)
        let density = inverseSqrt2Pi * exp(-0.5 * square)
        return low.isFinite ? density * (1 - 0.5 * low) : density
    }

    /// The cumulative distribution Φ(x) = P(Z ≤ x) = ½·erfc(−x/√2).
    ///
    /// Relative accuracy is a few ulps for x < 0 down to the subnormal range; for x > 0 the
    /// absolute accuracy is a few ulps (use `cdf(-x)` for the upper tail's complement).
    @inlinable
    public static func cdf(_ x: Double) -> Double {
        guard x < -1, x.isFinite else { return 0.5 * erfc(-x * inverseSqrt2High) }
        return cdf(high: x, low: 0, density: pdf(x))
    }

    /// Φ(high + low) for an argument carried as an unevaluated double-double sum, given φ(high).
    ///
    /// First-order correction of ½·erfc(z) for everything the rounded z = −high/√2 misses: the
    /// rounding of the product, the low part of 1/√2 and the argument's own low part. Since
    /// (1/√π)·e^(−z²) = √2·φ(high), the correction is −√2·φ(high)·(missing part of z).
    @inlinable
    static func cdf(high: Double, low: Double, density: Double) -> Double {
        let minusHigh = -high
        let z = minusHigh * inverseSqrt2High
        let half = 0.5 * erfc(z)
        let productError = (-z).addingProduct(minusHigh, inverseSqrt2High)
        let missing = productError + minusHigh * inverseSqrt2Low - low * inverseSqrt2High
        let correction = sqrt2 * density * missing
        return correction.isFinite ? half - correction : half
    }

    /// φ(high + low) from φ(high): φ(high)·(1 − high·low) to first order.
    @inlinable
    static func pdf(high: Double, low: Double) -> Double {
        pdf(high) * (1 - high * low)
    }
}
