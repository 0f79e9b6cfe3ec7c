/// Whether an option leg is a put or a call.
public enum LegKind: String, Sendable, Hashable, Codable {
    /// A put.
    case put
    /// A call.
    case call
}

/// Whether an option leg is bought or sold.
public enum LegSide: String, Sendable, Hashable, Codable {
    /// Bought: pays premium, gains when the option gains.
    case long
    /// Sold: receives premium, gains when the option loses value.
    case short

    /// +1 for long, −1 for short.
    public var sign: Double { self == .long ? 1 : -1 }
}

/// One option leg of the condor as marked at the day's close.
public struct LegRecord: Sendable, Hashable, Codable {
    /// Put or call.
    public var kind: LegKind
    /// Long or short.
    public var side: LegSide
    /// Strike in index points.
    public var strike: Double
    /// Implied volatility used for this strike (decimal, 0.18 = 18 %): the model's, or the quote's
    /// when the leg is priced from the market.
    public var iv: Double
    /// Mid price per unit of index, in index points: the quote's mid or the model's.
    public var price: Double
    /// Delta of one long option (the side is not applied), from ``iv``.
    public var delta: Double
    /// Where ``price`` comes from.
    public var source: PriceSource

    /// Creates a leg.
    public init(
        kind: LegKind, side: LegSide, strike: Double, iv: Double, price: Double, delta: Double,
        source: PriceSource = .model
    ) {
        self.source = source
        self.kind = kind
        self.side = side
        self.strike = strike
        self.iv = iv
        self.price = price
        self.delta = delta
    }

    private enum CodingKeys: String, CodingKey { case kind, side, strike, iv, price, delta, source }

    /// Encodes the leg with fixed precision.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(side, forKey: .side)
        try c.encode(strike, forKey: .strike, unit: .points)
        try c.encode(iv, forKey: .iv, unit: .fraction)
        try c.encode(price, forKey: .price, unit: .premium)
        try c.encode(delta, forKey: .delta, unit: .fraction)
        try c.encode(source, forKey: .source)
    }
}

/// Net Greeks of a position: each leg's Greek × contracts × multiplier, signed by side.
public struct NetGreeks: Sendable, Hashable, Codable {
    /// USD gained per one-point rise of the SPX.
    public var delta: Double
    /// Change of that delta per one-point rise of the SPX.
    public var gamma: Double
    /// USD per one volatility point.
    public var vega: Double
    /// USD per calendar day.
    public var theta: Double

    /// Creates net Greeks.
    public init(delta: Double, gamma: Double, vega: Double, theta: Double) {
        self.delta = delta
        self.gamma = gamma
        self.vega = vega
        self.theta = theta
    }

    /// All zero.
    public static let zero = NetGreeks(delta: 0, gamma: 0, vega: 0, theta: 0)

    private enum CodingKeys: String, CodingKey { case delta, gamma, vega, theta }

    /// Encodes the Greeks with fixed precision.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(delta, forKey: .delta, unit: .greek)
        try c.encode(gamma, forKey: .gamma, unit: .gamma)
        try c.encode(vega, forKey: .vega, unit: .greek)
        try c.encode(theta, forKey: .theta, unit: .greek)
    }
}
