import GRDB
import MarketData
import Strategy

/// The outcome tables of the archive.
public enum ArchiveTable: String, Sendable, Hashable, CaseIterable {
    /// `day_outcome`.
    case dayOutcome = "day_outcome"
    /// `rule_firing`.
    case ruleFiring = "rule_firing"
    /// `hedge`.
    case hedge
    /// `trade`.
    case trade

    /// The table's columns, keys and indexes.
    public var layout: StoredTable {
        switch self {
        case .dayOutcome: return .dayOutcome
        case .ruleFiring: return .ruleFiring
        case .hedge: return .hedge
        case .trade: return .trade
        }
    }
}

/// One row of an outcome table: its values in the column order of the schema, numbers rounded to
/// their unit and JSON columns as their text, exactly as SQLite stores them and the exports write them.
///
/// Rows are built from the engine's records through ``OutcomeSchema`` or read back from the
/// file; there is no other list of the fields.
public struct ArchiveRow: Sendable, Hashable {
    /// The table the row belongs to.
    public let table: ArchiveTable
    /// The values, one per column of ``ArchiveTable/layout``, in order.
    public internal(set) var values: [FieldValue]

    init(_ table: ArchiveTable, values: [FieldValue]) {
        self.table = table
        self.values = values
    }

    /// The `day_outcome` row of a day's record.
    public init(day: DayRecord, schema: OutcomeSchema) {
        self.init(.dayOutcome, values: schema.days.values(of: day).map(\.stored))
    }

    /// The `rule_firing` rows of a day's record, in the order the rules fired.
    public static func firings(of day: DayRecord, schema: OutcomeSchema) -> [ArchiveRow] {
        day.firings.enumerated().map { sequence, firing in
            let item = SessionItem(date: day.date, profile: day.profile, sequence: sequence, item: firing)
            return ArchiveRow(.ruleFiring, values: schema.firings.values(of: item).map(\.stored))
        }
    }

    /// The `hedge` rows of a day's record, in the day's order.
    public static func hedges(of day: DayRecord, schema: OutcomeSchema = .columns) -> [ArchiveRow] {
        day.hedges.enumerated().map { sequence, hedge in
            let item = SessionItem(date: day.date, profile: day.profile, sequence: sequence, item: hedge)
            return ArchiveRow(.hedge, values: schema.hedges.values(of: item).map(\.stored))
        }
    }

    /// The `trade` row of a closed trade.
    ///
    /// - Parameters:
    ///   - trade: The engine's trade record.
    ///   - profile: The profile that made it.
    ///   - sequence: Its index among the profile's trades closed on the same session.
    public init(trade: TradeRecord, profile: Profile, sequence: Int, schema: OutcomeSchema = .columns) {
        let item = SessionItem(date: trade.closeDate, profile: profile, sequence: sequence, item: trade)
        self.init(.trade, values: schema.trades.values(of: item).map(\.stored))
    }

    /// A row read from SQLite (`SELECT *`), typed by the schema's units.
    init(_ table: ArchiveTable, row: Row) {
        let columns = table.layout.columns
        self.init(table, values: columns.indices.map { FieldValue(row[$0] as DatabaseValue, type: columns[$0].type) })
    }

    /// The value of a column, ``FieldValue/null`` for an unknown name.
    public subscript(column: String) -> FieldValue {
        table.layout.positions[column].map { values[$0] } ?? .null
    }

    /// The session the row belongs to (`date`, or a trade's `close_date`).
    var session: CalendarDate {
        if case .date(let date) = values[table.layout.sessionPosition] { return date }
        return CalendarDate(daysSinceEpoch: 0)
    }
}

extension ArchiveRow {
    /// The text (or JSON text) of a column, nil when NULL or not text.
    public func text(_ column: String) -> String? {
        switch self[column] {
        case .text(let text), .json(let text): return text
        default: return nil
        }
    }

    /// The date of a column, nil when NULL or not a date.
    public func date(_ column: String) -> CalendarDate? {
        if case .date(let date) = self[column] { return date }
        return nil
    }

    /// The number of a column, nil when NULL or not a number.
    public func number(_ column: String) -> Double? {
        if case .number(let number) = self[column] { return number }
        return nil
    }

    /// The whole number of a column, nil when NULL or not one.
    public func integer(_ column: String) -> Int? {
        if case .integer(let number) = self[column] { return number }
        return nil
    }

    /// The profile of the row.
    public var profile: Profile? { text("profile").flatMap(Profile.init(rawValue:)) }
}
