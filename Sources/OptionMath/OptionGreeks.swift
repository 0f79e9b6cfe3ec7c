/// An option's model price and its sensitivities, in trader's units.
///
/// - `delta`: change in price per 1.0 change in the underlying (spot for Black–Scholes–Merton,
///   forward for Black-76).
/// - `gamma`: change in delta per 1.0 change in the underlying.
/// - `vega`: change in price per 1 volatility point (an absolute 0.01 change in σ).
/// - `theta`: change in price per calendar day that passes (annual theta / 365); negative when the
///   option loses value with time.
/// - `rho`: change in price per 1 rate point (an absolute 0.01 change in r).
public struct OptionGreeks: Sendable, Hashable, Codable {
    /// The model price, in the underlying's currency units.
    public var price: Double
    /// The first derivative with respect to the underlying.
    public var delta: Double
    /// The second derivative with respect to the underlying.
    public var gamma: Double
    /// The change in price per 0.01 of volatility.
    public var vega: Double
    /// The change in price per calendar day of passing time.
    public var theta: Double
    /// The change in price per 0.01 of the continuously compounded rate.
    public var rho: Double

    /// Creates a value from its six components.
    public init(price: Double, delta: Double, gamma: Double, vega: Double, theta: Double, rho: Double) {
        self.price = price
        self.delta = delta
        self.gamma = gamma
        self.vega = vega
        self.theta = theta
        self.rho = rho
    }
}
