/// The right a European option grants: to buy (call) or to sell (put) at the strike.
public enum OptionType: String, Sendable, Codable, CaseIterable {
    /// The right to buy the underlying at the strike.
    case call
    /// The right to sell the underlying at the strike.
    case put

    /// The payoff sign θ: +1 for a call, −1 for a put, so the payoff is max(θ·(S − K), 0).
    @inlinable
    public var sign: Double {
        switch self {
        case .call: 1
        case .put: -1
        }
    }

    /// The payoff at expiry for the given underlying level: max(θ·(underlying − strike), 0).
    @inlinable
    public func intrinsicValue(underlying: Double, strike: Double) -> Double {
        max(sign * (underlying - strike), 0)
    }
}
