import MarketData

/// One closed condor: when and why it closed, what it earned and what it cost.
public struct TradeRecord: Sendable, Hashable, Codable {
    /// The session it was opened.
    public var openDate: CalendarDate
    /// The session it was closed or settled.
    public var closeDate: CalendarDate
    /// Its expiration.
    public var expiration: CalendarDate
    /// The rule that closed it (`expiry`, `stop-loss`, ..., `breakeven-breach`, `alvh-layer-1` for a rebuild).
    public var reason: RuleID
    /// The ALVH layer it was built under.
    public var layer: Int
    /// Number of condors.
    public var contracts: Double
    /// Short put strike.
    public var shortPut: Double
    /// Short call strike.
    public var shortCall: Double
    /// Long put strike.
    public var longPut: Double
    /// Long call strike.
    public var longCall: Double
    /// Credit received per contract, index points.
    public var credit: Double
    /// Price paid per contract to close (intrinsic value at expiry), index points.
    public var closingCost: Double
    /// Maximum loss at the open, in USD: the margin the trade tied up.
    public var margin: Double
    /// Net P&L in USD: (credit − closing cost) × multiplier × contracts − costs.
    public var pnl: Double
    /// Commissions and slippage paid to open and close, in USD.
    public var costs: Double
    /// Calendar days between open and close.
    public var daysHeld: Int

    /// Creates a trade record.
    public init(
        openDate: CalendarDate, closeDate: CalendarDate, expiration: CalendarDate, reason: RuleID, layer: Int,
        contracts: Double, shortPut: Double, shortCall: Double, longPut: Double, longCall: Double, credit: Double,
        closingCost: Double, margin: Double, pnl: Double, costs: Double, daysHeld: Int
    ) {
        self.openDate = openDate
        self.closeDate = closeDate
        self.expiration = expiration
        self.reason = reason
        self.layer = layer
        self.contracts = contracts
        self.shortPut = shortPut
        self.shortCall = shortCall
        self.longPut = longPut
        self.longCall = longCall
        self.credit = credit
        self.closingCost = closingCost
        self.margin = margin
        self.pnl = pnl
        self.costs = costs
        self.daysHeld = daysHeld
    }

    /// True when the trade made money after costs.
    public var isWin: Bool { pnl > 0 }
}
