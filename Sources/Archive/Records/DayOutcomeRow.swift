import GRDB
import MarketData
import Strategy

/// One row of the `day_outcome` table: every number of one profile's ``DayRecord`` for one
/// session, flattened, with numbers rounded to ``ArchivePrecision``.
///
/// The same rows, in the same column order, are exported as `archive/outcomes.csv` and
/// `archive/outcomes.json` (see ``ArchiveExport``). Position and leg columns are NULL (empty in the
/// CSV, `null` in the JSON) when the profile is flat; signal columns are NULL until their indicator
/// has warmed up. The column reference a reader sees is ``ArchiveExport/columnsMarkdown``.
///
/// Columns, in order: `date`, `profile`, `warmup`, `spot`, `vix`, `layer`, `rules`, `open_date`,
/// `expiration`, `dte`, `contracts`, `position_layer`, `long_put`, `short_put`, `short_call`,
/// `long_call`, `credit`, `wing_width`, `max_loss`, `breakeven_low`, `breakeven_high`, `net_delta`,
/// `net_gamma`, `net_vega`, `net_theta`, `invariant`, `initial_invariant`, `erosion`, `band`,
/// `value`, `unrealised_pnl`, `distance_percent`, `distance_sigmas`, `position_costs`, then
/// `<leg>_iv`, `<leg>_price`, `<leg>_delta` for `long_put`, `short_put`, `short_call`, `long_call`,
/// then `cash`, `equity`, `hedge_value`, `total_costs`, `hedge_count`, `macd`, `macd_signal`, `rsi`,
/// `ad_line`, `realised_vol`, `breadth_divergent`, `upcoming_events`, `explanations`.
public struct DayOutcomeRow: Sendable, Hashable, Codable {
    /// Session date (`date`, ISO 8601 text).
    public var date: CalendarDate
    /// Profile (`profile`: `steward`, `promoter` or `static`).
    public var profile: Profile
    /// True during the indicator warm-up, before trading may start (`warmup`).
    public var warmup: Bool
    /// SPX close (`spot`, 2 decimals).
    public var spot: Double
    /// VIX close (`vix`, 2 decimals).
    public var vix: Double
    /// ALVH layer at the close, 0 to 2 (`layer`).
    public var layer: Int
    /// Ids of the rules that fired, in the order applied, separated by single spaces (`rules`).
    public var rules: String

    /// Session the open condor was opened (`open_date`).
    public var openDate: CalendarDate?
    /// Expiration of the open condor (`expiration`).
    public var expiration: CalendarDate?
    /// Calendar days to expiration (`dte`).
    public var dte: Int?
    /// Number of condors, fractional (`contracts`, 4 decimals).
    public var contracts: Double?
    /// ALVH layer the condor was built under (`position_layer`).
    public var positionLayer: Int?
    /// Long put strike (`long_put`, 2 decimals).
    public var longPut: Double?
    /// Short put strike (`short_put`).
    public var shortPut: Double?
    /// Short call strike (`short_call`).
    public var shortCall: Double?
    /// Long call strike (`long_call`).
    public var longCall: Double?
    /// Credit received per condor, index points (`credit`, 4 decimals).
    public var credit: Double?
    /// Wing width, index points (`wing_width`, 2 decimals).
    public var wingWidth: Double?
    /// Maximum loss of the position, USD (`max_loss`, 2 decimals).
    public var maxLoss: Double?
    /// Lower break-even at expiration, short put − credit (`breakeven_low`, 4 decimals).
    public var breakevenLow: Double?
    /// Upper break-even at expiration, short call + credit (`breakeven_high`, 4 decimals).
    public var breakevenHigh: Double?
    /// Net delta, USD per SPX point (`net_delta`, 4 decimals).
    public var netDelta: Double?
    /// Net gamma, change of net delta per SPX point (`net_gamma`, 6 decimals).
    public var netGamma: Double?
    /// Net vega, USD per volatility point (`net_vega`, 4 decimals).
    public var netVega: Double?
    /// Net theta, USD per calendar day (`net_theta`, 4 decimals).
    public var netTheta: Double?
    /// Invariant K = credit × VIX × d today (`invariant`, 6 decimals).
    public var invariant: Double?
    /// Invariant K₀ when the condor opened (`initial_invariant`, 6 decimals).
    public var initialInvariant: Double?
    /// Erosion 1 − K/K₀ (`erosion`, 4 decimals).
    public var erosion: Double?
    /// Tolerance band the erosion is held against (`band`, 4 decimals).
    public var band: Double?
    /// Cost to close one condor today, index points (`value`, 4 decimals).
    public var value: Double?
    /// Unrealised P&L before closing costs, USD (`unrealised_pnl`, 2 decimals).
    public var unrealisedPnl: Double?
    /// Distance from the spot to the nearest break-even, percent of the spot (`distance_percent`).
    public var distancePercent: Double?
    /// The same distance in standard deviations to expiration (`distance_sigmas`, 4 decimals).
    public var distanceSigmas: Double?
    /// Costs paid to open the condor, USD (`position_costs`, 2 decimals).
    public var positionCosts: Double?

    /// Model implied volatility of the long put, decimal (`long_put_iv`, 4 decimals).
    public var longPutIV: Double?
    /// Model price of the long put, index points (`long_put_price`, 4 decimals).
    public var longPutPrice: Double?
    /// Model delta of one long put (`long_put_delta`, 4 decimals).
    public var longPutDelta: Double?
    /// Model implied volatility of the short put (`short_put_iv`).
    public var shortPutIV: Double?
    /// Model price of the short put (`short_put_price`).
    public var shortPutPrice: Double?
    /// Model delta of one long option at the short put strike (`short_put_delta`).
    public var shortPutDelta: Double?
    /// Model implied volatility of the short call (`short_call_iv`).
    public var shortCallIV: Double?
    /// Model price of the short call (`short_call_price`).
    public var shortCallPrice: Double?
    /// Model delta of one long option at the short call strike (`short_call_delta`).
    public var shortCallDelta: Double?
    /// Model implied volatility of the long call (`long_call_iv`).
    public var longCallIV: Double?
    /// Model price of the long call (`long_call_price`).
    public var longCallPrice: Double?
    /// Model delta of one long call (`long_call_delta`).
    public var longCallDelta: Double?

    /// Cash: starting capital plus everything realised, USD (`cash`, 2 decimals).
    public var cash: Double
    /// Equity: cash + unrealised condor P&L + hedge value, USD (`equity`, 2 decimals).
    public var equity: Double
    /// Model value of the hedges held, USD (`hedge_value`, 2 decimals).
    public var hedgeValue: Double
    /// All costs paid since the start, USD (`total_costs`, 2 decimals).
    public var totalCosts: Double
    /// Hedges held at the close (`hedge_count`; details in the `hedge` table).
    public var hedgeCount: Int

    /// VIX MACD line (`macd`, 4 decimals).
    public var macd: Double?
    /// VIX MACD signal line (`macd_signal`, 4 decimals).
    public var macdSignal: Double?
    /// Wilder RSI(14) of the VIX (`rsi`, 4 decimals).
    public var rsi: Double?
    /// Cumulative advance–decline line (`ad_line`, 2 decimals).
    public var adLine: Double?
    /// Annualised realised SPX volatility, decimal (`realised_vol`, 4 decimals).
    public var realisedVol: Double?
    /// Whether SPX and A/D line diverged while the VIX rose (`breadth_divergent`).
    public var breadthDivergent: Bool?
    /// Events in the next sessions, a JSON array of `{"date","kind","name"}`, or JSON `null` when
    /// the event calendar does not cover them (`upcoming_events`).
    public var upcomingEvents: String
    /// One sentence per rule fired, a JSON array of strings in the order of `rules` (`explanations`).
    public var explanations: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case date, profile, warmup, spot, vix, layer, rules
        case openDate = "open_date", expiration, dte, contracts, positionLayer = "position_layer"
        case longPut = "long_put", shortPut = "short_put", shortCall = "short_call", longCall = "long_call"
        case credit, wingWidth = "wing_width", maxLoss = "max_loss"
        case breakevenLow = "breakeven_low", breakevenHigh = "breakeven_high"
        case netDelta = "net_delta", netGamma = "net_gamma", netVega = "net_vega", netTheta = "net_theta"
        case invariant, initialInvariant = "initial_invariant", erosion, band, value
        case unrealisedPnl = "unrealised_pnl", distancePercent = "distance_percent"
        case distanceSigmas = "distance_sigmas", positionCosts = "position_costs"
        case longPutIV = "long_put_iv", longPutPrice = "long_put_price", longPutDelta = "long_put_delta"
        case shortPutIV = "short_put_iv", shortPutPrice = "short_put_price", shortPutDelta = "short_put_delta"
        case shortCallIV = "short_call_iv", shortCallPrice = "short_call_price"
        case shortCallDelta = "short_call_delta"
        case longCallIV = "long_call_iv", longCallPrice = "long_call_price", longCallDelta = "long_call_delta"
        case cash, equity, hedgeValue = "hedge_value", totalCosts = "total_costs", hedgeCount = "hedge_count"
        case macd, macdSignal = "macd_signal", rsi, adLine = "ad_line", realisedVol = "realised_vol"
        case breadthDivergent = "breadth_divergent", upcomingEvents = "upcoming_events", explanations
    }

    /// Columns used by the archive's queries.
    public enum Columns {
        /// `date`.
        public static let date = Column(CodingKeys.date)
        /// `profile`.
        public static let profile = Column(CodingKeys.profile)
        /// `spot`.
        public static let spot = Column(CodingKeys.spot)
        /// `vix`.
        public static let vix = Column(CodingKeys.vix)
        /// `layer`.
        public static let layer = Column(CodingKeys.layer)
        /// `rules`.
        public static let rules = Column(CodingKeys.rules)
        /// `equity`.
        public static let equity = Column(CodingKeys.equity)
        /// Every column of the table, in table order.
        public static let all: [Column] = CodingKeys.allCases.map { Column($0) }
    }

    /// The rule ids of the `rules` column, in order (unknown ids are skipped).
    public var ruleIDs: [RuleID] {
        rules.split(separator: " ").compactMap { RuleID(rawValue: String($0)) }
    }
}

extension DayOutcomeRow: FetchableRecord, PersistableRecord {
    /// The table name, `day_outcome`.
    public static let databaseTableName = "day_outcome"
}

extension DayOutcomeRow {
    /// Stores the row through the export column table, so SQLite holds exactly what is exported
    /// (and much faster than the generic `Encodable` path).
    public func encode(to container: inout PersistenceContainer) {
        for column in OutcomeColumn.all {
            container[column.name] = column.value(self).databaseValue
        }
    }
}

extension DayOutcomeRow: InsertableRow {
    var session: CalendarDate { date }

    /// Every column, in table order (the order of ``OutcomeColumn/all``).
    static let insertedColumns = OutcomeColumn.all.map(\.name)

    /// Binds the values of ``OutcomeColumn/all``, as ``encode(to:)`` stores them.
    func bind(to insert: inout PreparedInsert) {
        OutcomeColumn.forEachValue(in: self) { _, value in
            switch value {
            case .date(let date): insert.bind(date)
            case .text(let text): insert.bind(text)
            case .integer(let number): insert.bind(number)
            case .number(let number): insert.bind(number)
            case .boolean(let flag): insert.bind(flag)
            }
        }
    }
}

extension OutcomeColumn.Value {
    /// The SQLite value: NULL, TEXT, INTEGER or REAL (booleans as 0 or 1).
    var databaseValue: DatabaseValue {
        switch self {
        case .date(let date): return date?.iso.databaseValue ?? .null
        case .text(let text): return text?.databaseValue ?? .null
        case .integer(let number): return number?.databaseValue ?? .null
        case .number(let number): return number?.databaseValue ?? .null
        case .boolean(let flag): return flag?.databaseValue ?? .null
        }
    }
}
