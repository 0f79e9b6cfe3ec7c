/// `exp` and `log` built only from IEEE-754 basic operations, so they round identically on every
/// platform.
///
/// The system `exp` and `log` may differ in the last bit between C libraries (glibc, Apple's libm),
/// which would let a seeded simulation drift apart across machines. These versions use a fixed
/// sequence of additions, multiplications and divisions (each correctly rounded by IEEE 754), so the
/// same input gives the same bits everywhere. Accuracy is within a few units in the last place.
public enum PortableMath {
    private static let ln2Hi = 6.931_471_803_691_238_164_90e-01
    private static let ln2Lo = 1.908_214_929_270_587_700_02e-10
    private static let log2e = 1.442_695_040_888_963_387_00
    private static let sqrtHalf = 0.707_106_781_186_547_524_40

    /// e raised to `x`.
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709.78 { return .infinity }
        if x < -745.2 { return 0 }
        let k = (x * log2e).rounded()
        let r = (x - k * ln2Hi) - k * ln2Lo  // |r| <= 0.35
        // Taylor series in Horner form; the 14th term is below 2e-17 relative.
        var sum = 1.0
        var n = 13.0
        while n >= 1 {
            sum = 1 + r * sum / n
            n -= 1
        }
        return scale(sum, byPowerOfTwo: Int(k))
    }

    /// The natural logarithm of `x`; NaN for negative input, -infinity for zero.
    public static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x.isInfinite { return x }
        var exponent = Int(x.exponent)
        var mantissa = x.significand  // in [1, 2), exact
        if mantissa > 2 * sqrtHalf {
            mantissa /= 2  // exact
            exponent += 1
        }
        // log(m) = 2 atanh(s) with s = (m - 1) / (m + 1), |s| <= 0.1716.
        let s = (mantissa - 1) / (mantissa + 1)
        let s2 = s * s
        var series = 0.0
        var k = 27.0
        while k >= 3 {
            series = s2 * (1 / k + series)
            k -= 2
        }
        let logMantissa = 2 * s + 2 * s * series
        let e = Double(exponent)
        return e * ln2Hi + (e * ln2Lo + logMantissa)
    }

    /// `value` × 2^`power` in two exact halves, so that neither factor overflows on its own.
    private static func scale(_ value: Double, byPowerOfTwo power: Int) -> Double {
        let half = power / 2
        let first = Double(sign: .plus, exponent: half, significand: 1)
        let second = Double(sign: .plus, exponent: power - half, significand: 1)
        return value * first * second
    }
}
