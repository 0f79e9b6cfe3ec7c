#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The modelled SPX volatility surface derived from the VIX close (SPEC §4).
///
/// At the money σ_atm = VIX/100 × `atmRatio`. Away from it, with standardised moneyness
/// z = ln(K/F) / (σ_atm·√T), σ(K) = σ_atm × clamp(1 − `skew`·z + `smile`·z², `minMultiplier`,
/// `maxMultiplier`): strikes below the forward get more volatility, strikes above it less.
public struct VolatilitySurface: Sendable, Hashable {
    /// The ratio of at-the-money volatility to the VIX (the VIX is a variance-swap rate).
    public var atmRatio: Double
    /// The linear coefficient in z (positive: puts richer than calls).
    public var skew: Double
    /// The quadratic coefficient in z (the smile's curvature).
    public var smile: Double
    /// The lower clamp of the volatility multiplier.
    public var minMultiplier: Double
    /// The upper clamp of the volatility multiplier.
    public var maxMultiplier: Double

    /// Creates a surface; the defaults are SPEC §4's fit to SPXW quotes of early 2018.
    public init(
        atmRatio: Double = 0.85, skew: Double = 0.20, smile: Double = 0.015,
        minMultiplier: Double = 0.5, maxMultiplier: Double = 3.0
    ) {
        self.atmRatio = atmRatio
        self.skew = skew
        self.smile = smile
        self.minMultiplier = minMultiplier
        self.maxMultiplier = maxMultiplier
    }

    /// The at-the-money volatility for a VIX close: VIX/100 × `atmRatio`.
    @inlinable
    public func atmVolatility(vix: Double) -> Double {
        vix / 100 * atmRatio
    }

    /// The volatility for one strike.
    ///
    /// - Parameters:
    ///   - vix: the VIX close (in points, e.g. 17.5).
    ///   - strike: the option's strike K.
    ///   - forward: the underlying's forward F to the same expiry.
    ///   - years: time to expiry T; at `years <= 0` (or a non-positive σ_atm) σ_atm is returned.
    /// - Returns: σ(K) as a decimal.
    @inlinable
    public func volatility(vix: Double, strike: Double, forward: Double, years: Double) -> Double {
        let atm = atmVolatility(vix: vix)
        guard years > 0, atm > 0 else { return atm }
        let z = log(strike / forward) / (atm * years.squareRoot())
        let multiplier = 1 - skew * z + smile * z * z
        guard multiplier.isFinite else { return atm * maxMultiplier }
        return atm * min(max(multiplier, minMultiplier), maxMultiplier)
    }
}
