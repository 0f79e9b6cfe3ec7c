/// Why an implied volatility could not be found.
public enum ImpliedVolatilityError: Error, Equatable, Sendable {
    /// The price is below the option's discounted intrinsic value (no volatility can produce it).
    case belowIntrinsic(price: Double, intrinsic: Double)
    /// The price is at or above the no-arbitrage upper bound (S·e^(−qT) for a call, K·e^(−rT) for a
    /// put), which only an infinite volatility approaches.
    case aboveUpperBound(price: Double, bound: Double)
    /// An input is not usable; the text names it and its value.
    case invalidInput(String)
    /// The solver did not reach the required accuracy.
    case noConvergence
}
