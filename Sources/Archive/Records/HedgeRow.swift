import GRDB
import MarketData
import Strategy

/// One row of the `hedge` table: a VIX call spread held, closed or settled on a day.
///
/// Primary key (`date`, `profile`, `sequence`); (`date`, `profile`) references `day_outcome`.
public struct HedgeRow: Sendable, Hashable, Codable {
    /// Session date (`date`).
    public var date: CalendarDate
    /// Profile (`profile`).
    public var profile: Profile
    /// Position of the hedge in the day's list, from 0 (`sequence`).
    public var sequence: Int
    /// The ALVH layer that bought it, 1 or 2 (`layer`).
    public var layer: Int
    /// `opened`, `open`, `closed` or `settled` (`status`).
    public var status: HedgeStatus
    /// Session it was bought (`open_date`).
    public var openDate: CalendarDate
    /// Its expiration (`expiration`).
    public var expiration: CalendarDate
    /// Long call strike, VIX points (`long_strike`, 2 decimals).
    public var longStrike: Double
    /// Short call strike, VIX points (`short_strike`, 2 decimals).
    public var shortStrike: Double
    /// Number of spreads, fractional (`contracts`, 4 decimals).
    public var contracts: Double
    /// Price paid per spread, VIX points (`premium`, 4 decimals).
    public var premium: Double
    /// VIX forward used today (`forward`, 4 decimals).
    public var forward: Double
    /// Today's model value per spread, VIX points (`price`, 4 decimals).
    public var price: Double
    /// Value of the position, USD (`value`, 2 decimals).
    public var value: Double
    /// Costs paid so far on this hedge, USD (`costs`, 2 decimals).
    public var costs: Double

    enum CodingKeys: String, CodingKey, CaseIterable {
        case date, profile, sequence, layer, status, openDate = "open_date", expiration
        case longStrike = "long_strike", shortStrike = "short_strike", contracts, premium, forward, price
        case value, costs
    }

    /// Columns used by the archive's queries.
    public enum Columns {
        /// `date`.
        public static let date = Column(CodingKeys.date)
        /// `profile`.
        public static let profile = Column(CodingKeys.profile)
        /// `sequence`.
        public static let sequence = Column(CodingKeys.sequence)
        /// `status`.
        public static let status = Column(CodingKeys.status)
    }

    /// Creates a row from a hedge of a day's record, rounding its numbers.
    ///
    /// - Parameters:
    ///   - hedge: The hedge as it stood at the day's close.
    ///   - day: The record it belongs to.
    ///   - sequence: Its index in the day's hedges.
    public init(_ hedge: HedgeRecord, of day: DayRecord, sequence: Int) {
        typealias P = ArchivePrecision
        date = day.date
        profile = day.profile
        self.sequence = sequence
        layer = hedge.layer
        status = hedge.status
        openDate = hedge.openDate
        expiration = hedge.expiration
        longStrike = P.round(hedge.longStrike, P.level)
        shortStrike = P.round(hedge.shortStrike, P.level)
        contracts = P.round(hedge.contracts, P.contracts)
        premium = P.round(hedge.premium, P.price)
        forward = P.round(hedge.forward, P.price)
        price = P.round(hedge.price, P.price)
        value = P.round(hedge.value, P.money)
        costs = P.round(hedge.costs, P.money)
    }
}

extension HedgeRow: FetchableRecord, PersistableRecord {
    /// The table name, `hedge`.
    public static let databaseTableName = "hedge"
}

extension HedgeRow: InsertableRow {
    var session: CalendarDate { date }

    /// Every column, in table order.
    static let insertedColumns = CodingKeys.allCases.map(\.stringValue)

    /// Binds the values of ``insertedColumns``, as the record's `Encodable` form stores them.
    func bind(to insert: inout PreparedInsert) {
        insert.bind(date)
        insert.bind(profile.rawValue)
        insert.bind(sequence)
        insert.bind(layer)
        insert.bind(status.rawValue)
        insert.bind(openDate)
        insert.bind(expiration)
        for number in [longStrike, shortStrike, contracts, premium, forward, price, value, costs] {
            insert.bind(number)
        }
    }
}
