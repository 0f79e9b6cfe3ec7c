import MarketData

/// One profile's outcome for one trading day: market, position, rules fired, money and signals.
///
/// The JSON form (see ``OutcomeExport``) uses the field names of SPEC §7: `date`, `profile`, `spot`,
/// `vix`, `layer`, `position` (null when flat), `rules`, `explanations`, `equity`, `hedges`, plus
/// `cash`, `firings` (each rule's inputs), `hedgeValue`, `totalCosts`, `signals`, `warmup` and, on
/// a day whose condor came from the model although the day had quotes, `quoteFallback`.
/// `explanations` (and each firing's `explanation`) are written when the encoder carries a
/// ``RuleWording``: the sentences are Publishing's.
public struct DayRecord: Sendable, Hashable, Encodable {
    /// The session date.
    public var date: CalendarDate
    /// The profile this record belongs to.
    public var profile: Profile
    /// SPX close.
    public var spot: Double
    /// VIX close.
    public var vix: Double
    /// Current ALVH layer (0, 1 or 2; always 0 for the static profile and during the warm-up).
    public var layer: Int
    /// The open condor at the close, or nil when flat.
    public var position: PositionRecord?
    /// Every rule that fired today, in the order the engine applied them.
    public var firings: [RuleFiring]
    /// Cash: starting capital plus everything realised so far, in USD.
    public var cash: Double
    /// Equity: cash + the condor's unrealised P&L + the model value of held hedges, in USD.
    public var equity: Double
    /// Model value of the hedges held at the close, in USD.
    public var hedgeValue: Double
    /// All costs paid since the start (commissions and slippage, condors and hedges), in USD.
    public var totalCosts: Double
    /// Hedges held at the close, and those closed or settled today.
    public var hedges: [HedgeRecord]
    /// The day's signals.
    public var signals: SignalRecord
    /// True during the warm-up sessions, before the first trade is allowed.
    public var warmup: Bool
    /// Why the condor opened today was built from the model although the day has option quotes;
    /// nil on every other day.
    public var quoteFallback: QuoteFallback?

    /// Creates a day record.
    public init(
        date: CalendarDate, profile: Profile, spot: Double, vix: Double, layer: Int, position: PositionRecord?,
        firings: [RuleFiring], cash: Double, equity: Double, hedgeValue: Double, totalCosts: Double,
        hedges: [HedgeRecord], signals: SignalRecord, warmup: Bool, quoteFallback: QuoteFallback? = nil
    ) {
        self.quoteFallback = quoteFallback
        self.date = date
        self.profile = profile
        self.spot = spot
        self.vix = vix
        self.layer = layer
        self.position = position
        self.firings = firings
        self.cash = cash
        self.equity = equity
        self.hedgeValue = hedgeValue
        self.totalCosts = totalCosts
        self.hedges = hedges
        self.signals = signals
        self.warmup = warmup
    }

    /// The ids of the rules that fired today, in order.
    public var rules: [RuleID] { firings.map(\.id) }

    /// The first firing of a rule today, if it fired.
    public func firing(_ id: RuleID) -> RuleFiring? {
        firings.first { $0.id == id }
    }

    private enum CodingKeys: String, CodingKey {
        case date, profile, spot, vix, layer, position, rules, explanations, firings, cash, equity
        case hedgeValue, totalCosts, hedges, signals, warmup, quoteFallback
    }

    /// Encodes the record with fixed precision and `position: null` when flat.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(profile, forKey: .profile)
        try c.encode(spot, forKey: .spot, unit: .points)
        try c.encode(vix, forKey: .vix, unit: .points)
        try c.encode(layer, forKey: .layer)
        if let position {
            try c.encode(position, forKey: .position)
        } else {
            try c.encodeNil(forKey: .position)
        }
        try c.encode(rules, forKey: .rules)
        if let wording = RuleWording.of(encoder) {
            try c.encode(firings.map(wording.sentence), forKey: .explanations)
        }
        try c.encode(firings, forKey: .firings)
        try c.encode(cash, forKey: .cash, unit: .usd)
        try c.encode(equity, forKey: .equity, unit: .usd)
        try c.encode(hedgeValue, forKey: .hedgeValue, unit: .usd)
        try c.encode(totalCosts, forKey: .totalCosts, unit: .usd)
        try c.encode(hedges, forKey: .hedges)
        try c.encode(signals, forKey: .signals)
        try c.encode(warmup, forKey: .warmup)
        try c.encodeIfPresent(quoteFallback, forKey: .quoteFallback)
    }
}
