import MarketData

/// One point of an equity curve.
public struct EquityPoint: Sendable, Hashable, Codable {
    /// The session.
    public var date: CalendarDate
    /// Equity at the close, USD.
    public var equity: Double

    /// Creates a point.
    public init(date: CalendarDate, equity: Double) {
        self.date = date
        self.equity = equity
    }
}

/// The performance of one profile over a run (SPEC §5 "Metrics per profile").
///
/// Readings: the curve starts at the last warm-up close (equity = starting capital) so the first
/// trading day's costs count; returns are daily simple returns of equity; the risk-free return of
/// a day is the `rates.csv` rate compounded over 252 sessions, or `model.riskFreeRate` when the day
/// has none; the money-weighted return is the XIRR of the trades' cash flows (−margin at the open,
/// +margin + net P&L at the close; a condor still open at the end counts at its mark on the last
/// day) and of the hedges' cash flows (premium and costs paid, proceeds received, held value at the
/// end). A ratio with no meaning (no trades, no deviation, no drawdown) is nil.
public struct ProfileMetrics: Sendable, Hashable, Codable {
    /// Equity at each close from the last warm-up session on.
    public var equityCurve: [EquityPoint]
    /// First date of the curve.
    public var startDate: CalendarDate?
    /// Last date of the curve.
    public var endDate: CalendarDate?
    /// Equity at the start of the curve, USD.
    public var startEquity: Double
    /// Equity at the end of the curve, USD.
    public var endEquity: Double
    /// endEquity / startEquity − 1.
    public var totalReturn: Double
    /// Compound annual growth rate (365.25-day years).
    public var cagr: Double
    /// Annualised volatility of daily returns.
    public var annualisedVolatility: Double
    /// Annualised Sharpe ratio against the daily risk-free return.
    public var sharpe: Double?
    /// Annualised Sortino ratio against the daily risk-free return.
    public var sortino: Double?
    /// Maximum drawdown (depth as a positive fraction) with its peak, trough and recovery dates.
    public var maxDrawdown: Drawdown?
    /// CAGR / maximum drawdown depth.
    public var calmar: Double?
    /// Closed condors.
    public var tradeCount: Int
    /// Share of closed condors with a positive net P&L.
    public var winRate: Double?
    /// Average calendar days a closed condor was held.
    public var averageDaysHeld: Double?
    /// Σ credit received (USD) / Σ margin (max loss at the open) over closed condors.
    public var premiumToMargin: Double?
    /// Every commission and slippage paid, condors and hedges, USD.
    public var totalCosts: Double
    /// VIX call spreads bought.
    public var hedgeCount: Int
    /// Money-weighted annual return of the cash flows (XIRR).
    public var moneyWeightedReturn: Double?
    /// Every rule (zero counts included) measured over the whole run, warm-up included.
    public var ruleStatistics: [RuleID: RuleStatistics]

    /// Creates metrics.
    public init(
        equityCurve: [EquityPoint], startDate: CalendarDate?, endDate: CalendarDate?, startEquity: Double,
        endEquity: Double, totalReturn: Double, cagr: Double, annualisedVolatility: Double, sharpe: Double?,
        sortino: Double?, maxDrawdown: Drawdown?, calmar: Double?, tradeCount: Int, winRate: Double?,
        averageDaysHeld: Double?, premiumToMargin: Double?, totalCosts: Double, hedgeCount: Int,
        moneyWeightedReturn: Double?, ruleStatistics: [RuleID: RuleStatistics]
    ) {
        self.equityCurve = equityCurve
        self.startDate = startDate
        self.endDate = endDate
        self.startEquity = startEquity
        self.endEquity = endEquity
        self.totalReturn = totalReturn
        self.cagr = cagr
        self.annualisedVolatility = annualisedVolatility
        self.sharpe = sharpe
        self.sortino = sortino
        self.maxDrawdown = maxDrawdown
        self.calmar = calmar
        self.tradeCount = tradeCount
        self.winRate = winRate
        self.averageDaysHeld = averageDaysHeld
        self.premiumToMargin = premiumToMargin
        self.totalCosts = totalCosts
        self.hedgeCount = hedgeCount
        self.moneyWeightedReturn = moneyWeightedReturn
        self.ruleStatistics = ruleStatistics
    }

    /// How often a rule fired over the whole run (``RuleStatistics/firingCount``).
    public func count(of id: RuleID) -> Int {
        ruleStatistics[id]?.firingCount ?? 0
    }
}
