import GRDB
import MarketData

/// A row the archive inserts through one prepared statement per table, binding values by position.
///
/// GRDB's `PersistableRecord.insert` encodes every row into a dictionary keyed by column name and
/// converts each value through generic code; a write of the whole archive (about 50,000 rows)
/// instead prepares ``insertSQL`` once per table and binds each row's values in column order
/// (see ``PreparedInsert``). The values bound are the ones the record's `encode(to:)` stores, so
/// the file is the same either way.
protocol InsertableRow: TableRecord {
    /// The columns ``bind(to:)`` fills, in that order.
    static var insertedColumns: [String] { get }
    /// Binds the row's values, one per column of ``insertedColumns``, in that order.
    func bind(to insert: inout PreparedInsert)
    /// The session the row belongs to: rows are inserted session by session (see ``RowsBySession``).
    var session: CalendarDate { get }
}

extension InsertableRow {
    /// `INSERT INTO <table> (<columns>) VALUES (?, …)` with one placeholder per column.
    static var insertSQL: String {
        let columns = insertedColumns.map { "\"\($0)\"" }.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: insertedColumns.count).joined(separator: ", ")
        return "INSERT INTO \"\(databaseTableName)\" (\(columns)) VALUES (\(placeholders))"
    }

    /// Inserts rows in order through one prepared statement.
    ///
    /// - Parameters:
    ///   - rows: The rows, in the order they get their row ids.
    ///   - db: The open write transaction.
    /// - Throws: `DatabaseError` when SQLite refuses a row (a constraint it breaks).
    static func insert(_ rows: [Self], into db: Database) throws {
        guard !rows.isEmpty else { return }
        var insert = try PreparedInsert(sql: insertSQL, in: db)
        for row in rows {
            row.bind(to: &insert)
            try insert.execute()
        }
    }
}
