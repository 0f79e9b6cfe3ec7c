import GRDB
import MarketData

/// Inserts the rows of several tables session by session: for each date, its `day_outcome` rows,
/// then its rule firings, hedges and the trades closed on it.
///
/// SQLite's B-trees and page numbers depend only on the sequence of inserts, not on where the
/// transactions end. Inserting a whole archive this way performs, session after session, exactly
/// the inserts a later append of those sessions performs, so an archive built up by appends holds
/// the same pages as one written at once (see ``OutcomeArchive/stampHeader(path:)`` for the
/// header's change counter, the one field that still differs).
enum RowsBySession {
    /// Inserts `content`'s dated rows in session order through one prepared statement per table.
    ///
    /// - Throws: `DatabaseError` when SQLite refuses a row.
    static func insert(_ content: ArchiveContent, into db: Database) throws {
        var days = try TableCursor(content.days, of: .dayOutcome, in: db)
        var firings = try TableCursor(content.firings, of: .ruleFiring, in: db)
        var hedges = try TableCursor(content.hedges, of: .hedge, in: db)
        var trades = try TableCursor(content.trades, of: .trade, in: db)
        while let session = [days.next, firings.next, hedges.next, trades.next].compactMap({ $0 }).min() {
            try days.insert(through: session)
            try firings.insert(through: session)
            try hedges.insert(through: session)
            try trades.insert(through: session)
        }
    }

    /// One table's rows (sorted by session) and the statement that inserts them.
    private struct TableCursor {
        let rows: [ArchiveRow]
        var position = 0
        var statement: PreparedInsert?

        init(_ rows: [ArchiveRow], of table: ArchiveTable, in db: Database) throws {
            self.rows = rows
            statement = rows.isEmpty ? nil : try PreparedInsert(sql: table.layout.insertSQL, in: db)
        }

        /// The session of the next row to insert, or nil when every row is in.
        var next: CalendarDate? { position < rows.count ? rows[position].session : nil }

        /// Inserts the rows up to and including `session`.
        mutating func insert(through session: CalendarDate) throws {
            guard var statement else { return }
            defer { self.statement = statement }
            while position < rows.count, rows[position].session <= session {
                statement.bind(rows[position])
                try statement.execute()
                position += 1
            }
        }
    }
}

extension ArchiveTable {
    /// Inserts rows of this table in order through one prepared statement.
    ///
    /// - Parameters:
    ///   - rows: The rows, in the order they get their row ids.
    ///   - db: The open write transaction.
    /// - Throws: `DatabaseError` when SQLite refuses a row (a constraint it breaks).
    func insert(_ rows: [ArchiveRow], into db: Database) throws {
        guard !rows.isEmpty else { return }
        var insert = try PreparedInsert(sql: layout.insertSQL, in: db)
        for row in rows {
            insert.bind(row)
            try insert.execute()
        }
    }
}
