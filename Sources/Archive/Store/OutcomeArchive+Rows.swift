import GRDB
import MarketData
import Strategy

extension OutcomeArchive {
    /// Every `day_outcome` row, by date then profile (steward, promoter, static): the export rows.
    ///
    /// - Parameter profile: Only this profile's rows, or every profile's when nil.
    /// - Complexity: O(n) rows read, using the primary key's order.
    /// - Returns: The rows, in export order.
    /// - Throws: ``ArchiveError/database(path:message:)``.
    public func allRows(profile: Profile? = nil) throws -> [ArchiveRow] {
        try read { db in try Self.dayRows(profile: profile, in: db) }
    }

    /// Every `rule_firing` row, by date, profile and sequence.
    ///
    /// - Parameter profile: Only this profile's firings, or every profile's when nil.
    /// - Returns: The firings, in canonical order.
    /// - Throws: ``ArchiveError/database(path:message:)``.
    public func allFirings(profile: Profile? = nil) throws -> [ArchiveRow] {
        try read { db in
            try Self.rows(
                .ruleFiring, sql: Self.canonicalSelect(table: "rule_firing", profile: profile, then: "t.sequence"),
                arguments: Self.profileArguments(profile), in: db)
        }
    }

    /// Every `hedge` row, by date, profile and sequence.
    ///
    /// - Parameter profile: Only this profile's hedges, or every profile's when nil.
    /// - Returns: The hedges, in canonical order.
    /// - Throws: ``ArchiveError/database(path:message:)``.
    public func allHedges(profile: Profile? = nil) throws -> [ArchiveRow] {
        try read { db in
            try Self.rows(
                .hedge, sql: Self.canonicalSelect(table: "hedge", profile: profile, then: "t.sequence"),
                arguments: Self.profileArguments(profile), in: db)
        }
    }

    /// Every `trade` row, by closing date, profile and sequence.
    ///
    /// - Parameter profile: Only this profile's trades, or every profile's when nil.
    /// - Returns: The trades, in canonical order.
    /// - Throws: ``ArchiveError/database(path:message:)``.
    public func allTrades(profile: Profile? = nil) throws -> [ArchiveRow] {
        try read { db in
            try Self.rows(
                .trade,
                sql: Self.canonicalSelect(table: "trade", profile: profile, date: "close_date", then: "t.sequence"),
                arguments: Self.profileArguments(profile), in: db)
        }
    }

    /// The latest archived session of a profile, or nil when it has none.
    public func lastDate(profile: Profile) throws -> CalendarDate? {
        try read { db in try Self.lastDate(profile: profile, in: db) }
    }

    /// The latest archived session over every profile, or nil for an empty archive.
    public func lastDate() throws -> CalendarDate? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT MAX(date) FROM day_outcome").flatMap { CalendarDate(iso: $0) }
        }
    }

    /// The number of distinct archived sessions (a day counts once, whatever the profiles).
    public func dayCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT date) FROM day_outcome") ?? 0 }
    }

    /// The number of archived sessions of one profile.
    public func dayCount(profile: Profile) throws -> Int {
        try read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM day_outcome WHERE profile = ?", arguments: [profile.rawValue]) ?? 0
        }
    }

    /// The number of `day_outcome` rows (sessions × profiles).
    public func rowCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM day_outcome") ?? 0 }
    }

    /// The `build_info` of the last write or append (empty texts and nil date for a new archive).
    public func buildInfo() throws -> BuildInfo {
        try read { db in try Self.buildInfo(in: db) }
    }

    static func lastDate(profile: Profile, in db: Database) throws -> CalendarDate? {
        try String.fetchOne(
            db, sql: "SELECT MAX(date) FROM day_outcome WHERE profile = ?", arguments: [profile.rawValue]
        ).flatMap { CalendarDate(iso: $0) }
    }

    static func buildInfo(in db: Database) throws -> BuildInfo {
        BuildInfo(rows: try BuildInfoRow.fetchAll(db))
    }

    static func dayRows(profile: Profile?, in db: Database) throws -> [ArchiveRow] {
        try rows(
            .dayOutcome, sql: canonicalSelect(table: "day_outcome", profile: profile),
            arguments: profileArguments(profile), in: db)
    }

    /// The rows a `SELECT t.*` of an outcome table returns, typed by the schema.
    static func rows(
        _ table: ArchiveTable, sql: String, arguments: StatementArguments = [], in db: Database
    ) throws -> [ArchiveRow] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { ArchiveRow(table, row: $0) }
    }

    /// Every row of every table, in canonical order (for ``canonicalCopy(to:)``).
    static func content(in db: Database) throws -> ArchiveContent {
        ArchiveContent(
            profiles: try ProfileRow.order(ProfileRow.Columns.position).fetchAll(db),
            rules: try RuleRow.order(RuleRow.Columns.position).fetchAll(db),
            days: try dayRows(profile: nil, in: db),
            firings: try rows(.ruleFiring, sql: canonicalSelect(table: "rule_firing", then: "t.sequence"), in: db),
            hedges: try rows(.hedge, sql: canonicalSelect(table: "hedge", then: "t.sequence"), in: db),
            trades: try rows(
                .trade, sql: canonicalSelect(table: "trade", date: "close_date", then: "t.sequence"), in: db))
    }

    /// `SELECT t.* FROM table t` ordered by date then profile position (then `then`), optionally
    /// for one profile (bound as the single argument).
    static func canonicalSelect(
        table: String, profile: Profile? = nil, date: String = "date", then: String? = nil
    ) -> String {
        var sql = "SELECT t.* FROM \(table) t JOIN profile p ON p.name = t.profile"
        if profile != nil { sql += " WHERE t.profile = ?" }
        sql += " ORDER BY t.\(date), p.position"
        if let then { sql += ", " + then }
        return sql
    }

    static func profileArguments(_ profile: Profile?) -> StatementArguments {
        profile.map { [$0.rawValue] } ?? []
    }
}
