import GRDB
import MarketData
import Strategy

/// One row of the `trade` table: a closed condor.
///
/// Primary key (`profile`, `close_date`, `sequence`); (`close_date`, `profile`) references
/// `day_outcome`, and `reason` references the `rule` table.
public struct TradeRow: Sendable, Hashable, Codable {
    /// Profile (`profile`).
    public var profile: Profile
    /// Session it was closed or settled (`close_date`).
    public var closeDate: CalendarDate
    /// Position among the trades closed that session, from 0 (`sequence`).
    public var sequence: Int
    /// Session it was opened (`open_date`).
    public var openDate: CalendarDate
    /// Its expiration (`expiration`).
    public var expiration: CalendarDate
    /// The rule that closed it (`reason`).
    public var reason: RuleID
    /// ALVH layer it was built under (`layer`).
    public var layer: Int
    /// Number of condors (`contracts`, 4 decimals).
    public var contracts: Double
    /// Long put strike (`long_put`, 2 decimals).
    public var longPut: Double
    /// Short put strike (`short_put`).
    public var shortPut: Double
    /// Short call strike (`short_call`).
    public var shortCall: Double
    /// Long call strike (`long_call`).
    public var longCall: Double
    /// Credit per condor, index points (`credit`, 4 decimals).
    public var credit: Double
    /// Price paid per condor to close, index points (`closing_cost`, 4 decimals).
    public var closingCost: Double
    /// Maximum loss at the open, USD (`margin`, 2 decimals).
    public var margin: Double
    /// Net P&L after costs, USD (`pnl`, 2 decimals).
    public var pnl: Double
    /// Commissions and slippage, USD (`costs`, 2 decimals).
    public var costs: Double
    /// Calendar days held (`days_held`).
    public var daysHeld: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case profile, closeDate = "close_date", sequence, openDate = "open_date", expiration, reason, layer
        case contracts, longPut = "long_put", shortPut = "short_put", shortCall = "short_call"
        case longCall = "long_call", credit, closingCost = "closing_cost", margin, pnl, costs
        case daysHeld = "days_held"
    }

    /// Columns used by the archive's queries.
    public enum Columns {
        /// `profile`.
        public static let profile = Column(CodingKeys.profile)
        /// `close_date`.
        public static let closeDate = Column(CodingKeys.closeDate)
        /// `sequence`.
        public static let sequence = Column(CodingKeys.sequence)
        /// `reason`.
        public static let reason = Column(CodingKeys.reason)
    }

    /// Creates a row from a closed trade, rounding its numbers.
    ///
    /// - Parameters:
    ///   - trade: The engine's trade record.
    ///   - profile: The profile that made it.
    ///   - sequence: Its index among the profile's trades closed on the same session.
    public init(_ trade: TradeRecord, profile: Profile, sequence: Int) {
        typealias P = ArchivePrecision
        self.profile = profile
        closeDate = trade.closeDate
        self.sequence = sequence
        openDate = trade.openDate
        expiration = trade.expiration
        reason = trade.reason
        layer = trade.layer
        contracts = P.round(trade.contracts, P.contracts)
        longPut = P.round(trade.longPut, P.level)
        shortPut = P.round(trade.shortPut, P.level)
        shortCall = P.round(trade.shortCall, P.level)
        longCall = P.round(trade.longCall, P.level)
        credit = P.round(trade.credit, P.price)
        closingCost = P.round(trade.closingCost, P.price)
        margin = P.round(trade.margin, P.money)
        pnl = P.round(trade.pnl, P.money)
        costs = P.round(trade.costs, P.money)
        daysHeld = trade.daysHeld
    }
}

extension TradeRow: FetchableRecord, PersistableRecord {
    /// The table name, `trade`.
    public static let databaseTableName = "trade"
}

extension TradeRow: InsertableRow {
    var session: CalendarDate { closeDate }

    /// Every column, in table order.
    static let insertedColumns = CodingKeys.allCases.map(\.stringValue)

    /// Binds the values of ``insertedColumns``, as the record's `Encodable` form stores them.
    func bind(to insert: inout PreparedInsert) {
        insert.bind(profile.rawValue)
        insert.bind(closeDate)
        insert.bind(sequence)
        insert.bind(openDate)
        insert.bind(expiration)
        insert.bind(reason.rawValue)
        insert.bind(layer)
        for number in [contracts, longPut, shortPut, shortCall, longCall, credit, closingCost, margin, pnl, costs] {
            insert.bind(number)
        }
        insert.bind(daysHeld)
    }
}
