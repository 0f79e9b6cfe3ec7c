import GRDB
import GRDBSQLite
import MarketData
import Strategy

/// One prepared `INSERT` whose parameters are bound straight through SQLite's C interface.
///
/// GRDB's `StatementArguments` converts every value through unspecialised generic code, about a
/// tenth of a microsecond per value: 0.2 s for the `day_outcome` rows of a full archive alone.
/// Here each value costs one `sqlite3_bind_*` call, the same calls GRDB makes (text bound
/// NUL-terminated and copied, booleans as 0 or 1), so SQLite stores the same values. GRDB still
/// owns the statement (prepared on the connection, finalised by GRDB) and the transaction around
/// it, as its "Raw SQLite Pointers" guide allows; this is the only file that sees a C pointer.
struct PreparedInsert {
    private let statement: Statement
    private let database: Database
    private var parameter: CInt = 1
    private var scratch = TextBuffer(capacity: 16)

    /// Prepares `sql` on the connection.
    ///
    /// - Throws: `DatabaseError` when SQLite can't compile the statement.
    init(sql: String, in db: Database) throws {
        statement = try db.makeStatement(sql: sql)
        database = db
    }

    /// Binds NULL to the next parameter.
    mutating func bindNull() {
        check(sqlite3_bind_null(statement.sqliteStatement, parameter))
    }

    /// Binds text (or NULL) to the next parameter.
    mutating func bind(_ text: String?) {
        guard let text else { return bindNull() }
        check(text.withCString { sqlite3_bind_text(statement.sqliteStatement, parameter, $0, -1, transient) })
    }

    /// Binds an ISO 8601 date as text (or NULL) to the next parameter.
    mutating func bind(_ date: CalendarDate?) {
        guard let date else { return bindNull() }
        scratch.removeAll()
        scratch.append(iso: date)
        let code = scratch.withBytes { bytes in
            bytes.withMemoryRebound(to: CChar.self) { text in
                sqlite3_bind_text(statement.sqliteStatement, parameter, text.baseAddress, CInt(text.count), transient)
            }
        }
        check(code)
    }

    /// Binds a whole number (or NULL) to the next parameter.
    mutating func bind(_ number: Int?) {
        guard let number else { return bindNull() }
        check(sqlite3_bind_int64(statement.sqliteStatement, parameter, Int64(number)))
    }

    /// Binds a number (or NULL) to the next parameter.
    mutating func bind(_ number: Double?) {
        guard let number else { return bindNull() }
        check(sqlite3_bind_double(statement.sqliteStatement, parameter, number))
    }

    /// Binds a boolean as 1 or 0 (or NULL) to the next parameter.
    mutating func bind(_ flag: Bool?) {
        guard let flag else { return bindNull() }
        check(sqlite3_bind_int64(statement.sqliteStatement, parameter, flag ? 1 : 0))
    }

    /// Binds a stored value (NULL, text, JSON text, date, whole number, number or boolean) to the next parameter.
    mutating func bind(_ value: FieldValue) {
        switch value {
        case .null: bindNull()
        case .date(let date): bind(date as CalendarDate?)
        case .text(let text), .json(let text): bind(text as String?)
        case .integer(let number): bind(number as Int?)
        case .number(let number): bind(number as Double?)
        case .boolean(let flag): bind(flag as Bool?)
        case .events, .sentences, .inputs: bind(value.stored)
        }
    }

    /// Binds every value of a row, in column order.
    mutating func bind(_ row: ArchiveRow) {
        for value in row.values { bind(value) }
    }

    /// Inserts the row bound so far and gets ready for the next one.
    ///
    /// - Throws: `DatabaseError` with SQLite's message and the SQL when the row is refused.
    mutating func execute() throws {
        let sqliteStatement = statement.sqliteStatement
        precondition(
            parameter == sqlite3_bind_parameter_count(sqliteStatement) + 1,
            "\(parameter - 1) values bound for \(statement.sql)")
        let code = sqlite3_step(sqliteStatement)
        // A failed step reports its error from `sqlite3_reset` too: read the message first.
        let message = code == SQLITE_DONE ? nil : String(cString: sqlite3_errmsg(database.sqliteConnection))
        sqlite3_reset(sqliteStatement)
        parameter = 1
        if let message {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// Moves to the next parameter; a failed bind is a programming error (wrong parameter count).
    private mutating func check(_ code: CInt) {
        precondition(code == SQLITE_OK, "cannot bind parameter \(parameter) of \(statement.sql)")
        parameter += 1
    }
}

/// SQLite's `SQLITE_TRANSIENT`: SQLite copies the bytes before the bind call returns.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
