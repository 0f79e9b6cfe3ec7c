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
        let minusX = -x
        let z = minusX * inverseSqrt2High
        let half = 0.5 * erfc(z)
        guard x < -1, x.isFinite else { return half }
        // erfc(z + zLow) ≈ erfc(z) − (2/√π)·e^(−z²)·zLow, and (1/√π)·e^(−z²) = √2·φ(x).
        let zLow = (-z).addingProduct(minusX, inverseSqrt2High) + minusX * inverseSqrt2Low
        return half - sqrt2 * pdf(x) * zLow
    }
}
