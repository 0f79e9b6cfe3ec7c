import MarketData

/// What happened to a VIX hedge on a day.
public enum HedgeStatus: String, Sendable, Hashable, Codable {
    /// Bought today and still held.
    case opened
    /// Held from an earlier day.
    case open
    /// Sold today at model value because its layer stood down.
    case closed
    /// Reached its expiration and settled at intrinsic value today.
    case settled
}

/// A VIX call spread bought by an ALVH layer, as it stood at a day's close.
public struct HedgeRecord: Sendable, Hashable, Codable {
    /// The layer (1 or 2) the hedge belongs to.
    public var layer: Int
    /// Opened, open, closed or settled today.
    public var status: HedgeStatus
    /// The session it was bought.
    public var openDate: CalendarDate
    /// Its expiration: the listed VIX expiration closest to `hedgeDays` calendar days after the purchase.
    public var expiration: CalendarDate
    /// Long call strike in VIX points.
    public var longStrike: Double
    /// Short call strike in VIX points.
    public var shortStrike: Double
    /// Number of spreads (fractional).
    public var contracts: Double
    /// Price paid per spread at purchase, in VIX points.
    public var premium: Double
    /// VIX forward used today (VX1 when supplied, else the mean-reverting model).
    public var forward: Double
    /// Today's model value per spread (intrinsic at settlement), in VIX points.
    public var price: Double
    /// price × multiplier × contracts, in USD.
    public var value: Double
    /// Costs paid so far on this hedge (opening, and closing if sold), in USD.
    public var costs: Double

    /// Creates a hedge record.
    public init(
        layer: Int, status: HedgeStatus, openDate: CalendarDate, expiration: CalendarDate, longStrike: Double,
        shortStrike: Double, contracts: Double, premium: Double, forward: Double, price: Double, value: Double,
        costs: Double
    ) {
        self.layer = layer
        self.status = status
        self.openDate = openDate
        self.expiration = expiration
        self.longStrike = longStrike
        self.shortStrike = shortStrike
        self.contracts = contracts
        self.premium = premium
        self.forward = forward
        self.price = price
        self.value = value
        self.costs = costs
    }

    /// True while the hedge is held at the day's close (opened or open).
    public var isHeld: Bool { status == .opened || status == .open }

    private enum CodingKeys: String, CodingKey {
        case layer, status, openDate, expiration, longStrike, shortStrike, contracts, premium, forward, price
        case value, costs
    }

    /// Encodes the hedge with fixed precision.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(layer, forKey: .layer)
        try c.encode(status, forKey: .status)
        try c.encode(openDate, forKey: .openDate)
        try c.encode(expiration, forKey: .expiration)
        try c.encode(longStrike, forKey: .longStrike, unit: .points)
        try c.encode(shortStrike, forKey: .shortStrike, unit: .points)
        try c.encode(contracts, forKey: .contracts, unit: .contracts)
        try c.encode(premium, forKey: .premium, unit: .premium)
        try c.encode(forward, forKey: .forward, unit: .premium)
        try c.encode(price, forKey: .price, unit: .premium)
        try c.encode(value, forKey: .value, unit: .usd)
        try c.encode(costs, forKey: .costs, unit: .usd)
    }
}
