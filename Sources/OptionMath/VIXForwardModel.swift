#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A mean-reverting model of the VIX forward curve, used when no VIX futures are supplied.
///
/// F(T) = θ + (VIX − θ)·e^(−κT): the forward starts at today's VIX and decays towards the long-run
/// mean θ at speed κ per year.
public struct VIXForwardModel: Sendable, Hashable {
    /// The long-run mean θ, in VIX points.
    public var longRunMean: Double
    /// The mean-reversion speed κ, per year.
    public var meanReversionSpeed: Double

    /// Creates a model; the defaults are SPEC §4's θ = 19, κ = 4.
    public init(longRunMean: Double = 19.0, meanReversionSpeed: Double = 4.0) {
        self.longRunMean = longRunMean
        self.meanReversionSpeed = meanReversionSpeed
    }

    /// The modelled forward for an expiry `years` ahead (the VIX itself at `years <= 0`).
    @inlinable
    public func forward(vix: Double, years: Double) -> Double {
        guard years > 0 else { return vix }
        return longRunMean + (vix - longRunMean) * exp(-meanReversionSpeed * years)
    }
}
