extension OptionGreeks {
    /// The value at expiry: intrinsic price, delta 1/−1 in the money, 0 out of it and ½/−½ exactly
    /// at the money (the midpoint of the step), every other Greek 0.
    @inlinable
    public static func atExpiry(type: OptionType, underlying: Double, strike: Double) -> OptionGreeks {
        let side = type.sign * (underlying - strike)
        let magnitude: Double = side > 0 ? 1 : (side < 0 ? 0 : 0.5)
        return OptionGreeks(
            price: type.intrinsicValue(underlying: underlying, strike: strike),
            delta: type.sign * magnitude, gamma: 0, vega: 0, theta: 0, rho: 0
        )
    }
}
