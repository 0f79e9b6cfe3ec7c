import GRDB
import Strategy

/// One outcome table as SQLite stores it: the columns of its ``OutcomeTable`` in the schema, plus
/// the keys, references and indexes that only the database needs.
public struct StoredTable: Sendable {
    /// The table name (`day_outcome`).
    public let name: String
    /// The columns, in table order, as the schema declares them.
    public let columns: [FieldInfo]
    /// The column holding the session a row belongs to (rows are inserted session by session).
    let sessionColumn: String
    /// The primary key's columns.
    let primaryKey: [String]
    /// Columns that reference another table's primary key, by column name.
    let references: [String: String]
    /// The columns referencing `day_outcome`'s (`date`, `profile`), if the table hangs off a day.
    let dayKey: [String]?
    /// Secondary indexes: name and columns.
    let indexes: [(name: String, columns: [String])]

    /// The position of each column in ``columns``.
    let positions: [String: Int]
    /// The position of ``sessionColumn``.
    let sessionPosition: Int

    init<Record>(
        _ table: OutcomeTable<Record>, session: String = "date", primaryKey: [String],
        references: [String: String] = [:], dayKey: [String]? = nil,
        indexes: [(name: String, columns: [String])] = []
    ) {
        name = table.name
        columns = table.columns
        sessionColumn = session
        self.primaryKey = primaryKey
        self.references = references
        self.dayKey = dayKey
        self.indexes = indexes
        positions = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.name, $0) })
        sessionPosition = positions[session] ?? 0
    }

    /// `INSERT INTO <table> (<columns>) VALUES (?, …)` with one placeholder per column.
    var insertSQL: String {
        let names = columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO \"\(name)\" (\(names)) VALUES (\(placeholders))"
    }

    /// Creates the table and its indexes: one column per schema field, NOT NULL unless nullable.
    func create(in db: Database) throws {
        try db.create(table: name) { t in
            for column in columns {
                let definition = t.column(column.name, Self.sqlType(column.type))
                if !column.nullable { definition.notNull() }
                if let parent = references[column.name] { definition.references(parent) }
            }
            t.primaryKey(primaryKey)
            if let dayKey { t.foreignKey(dayKey, references: "day_outcome", onDelete: .cascade) }
        }
        for index in indexes {
            try db.create(index: index.name, on: name, columns: index.columns)
        }
    }

    /// Adds the columns the schema declares and the table lacks, as nullable columns (the rows
    /// already stored have no value for them): what an archive written before a field existed needs.
    func addMissingColumns(in db: Database) throws {
        let present = Set(try db.columns(in: name).map(\.name))
        for column in columns where !present.contains(column.name) {
            try db.alter(table: name) { t in _ = t.add(column: column.name, Self.sqlType(column.type)) }
        }
    }

    /// The SQLite column type of a field type.
    private static func sqlType(_ type: FieldType) -> Database.ColumnType {
        switch type {
        case .date, .text, .json: return .text
        case .integer: return .integer
        case .decimal: return .double
        case .boolean: return .boolean
        }
    }
}

extension StoredTable {
    private static let schema = OutcomeSchema.columns

    /// `day_outcome`: one row per session and profile.
    public static let dayOutcome = StoredTable(
        schema.days, primaryKey: ["date", "profile"], references: ["profile": "profile"],
        indexes: [("day_outcome_on_profile_date", ["profile", "date"])])
    /// `rule_firing`: one row per rule fired.
    public static let ruleFiring = StoredTable(
        schema.firings, primaryKey: ["date", "profile", "sequence"], references: ["rule_id": "rule"],
        dayKey: ["date", "profile"], indexes: [("rule_firing_on_rule_id", ["rule_id", "profile", "date"])])
    /// `hedge`: one row per VIX hedge of a day.
    public static let hedge = StoredTable(
        schema.hedges, primaryKey: ["date", "profile", "sequence"], dayKey: ["date", "profile"])
    /// `trade`: one row per closed condor.
    public static let trade = StoredTable(
        schema.trades, session: "close_date", primaryKey: ["profile", "close_date", "sequence"],
        references: ["reason": "rule"], dayKey: ["close_date", "profile"],
        indexes: [("trade_on_close_date", ["close_date", "profile"])])
}
