import Foundation
import GRDB
import MarketData
import Strategy

extension OutcomeArchive {
    /// Replaces the archive's content with the given runs, in one transaction.
    ///
    /// On an archive fresh from ``create(at:)`` the resulting file is byte-identical for identical
    /// runs (and identical to its ``canonicalCopy(to:)``).
    /// - Parameters:
    ///   - runs: At most one run per profile, days in increasing date order.
    ///   - info: Tool version and input hash; `lastDate` is set from the archived days.
    ///   - schema: The schema the rows are built with (its wording gives the stored explanations).
    /// - Throws: ``ArchiveError`` for inconsistent runs (nothing is written) or SQLite errors.
    /// - Complexity: O(n log n) in the number of day records.
    public func write(_ runs: [ArchiveRun], info: BuildInfo, schema: OutcomeSchema) throws {
        let content = try ArchiveContent(runs: runs, schema: schema)
        try write { db in
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM day_outcome") ?? 0 > 0 || BuildInfoRow.fetchCount(db) > 0 {
                for table in ["trade", "hedge", "rule_firing", "day_outcome", "build_info"] {
                    try db.execute(sql: "DELETE FROM \(table)")
                }
            }
            try Self.insert(content, info: info, into: db)
        }
    }

    /// Replaces the archive's content with day records and trades keyed by profile.
    ///
    /// - Parameters:
    ///   - days: Day records per profile, in increasing date order.
    ///   - trades: Closed trades per profile.
    ///   - info: Tool version and input hash.
    ///   - schema: The schema the rows are built with.
    /// - Throws: ``ArchiveError`` for inconsistent runs (nothing is written) or SQLite errors.
    public func write(
        days: [Profile: [DayRecord]], trades: [Profile: [TradeRecord]] = [:], info: BuildInfo, schema: OutcomeSchema
    ) throws {
        try write(ArchiveRun.runs(days: days, trades: trades), info: info, schema: schema)
    }

    /// Replaces the archive's content with the engine's runs (records and trades; metrics are not stored).
    ///
    /// - Parameters:
    ///   - runs: The engine's runs, at most one per profile.
    ///   - info: Tool version and input hash.
    ///   - schema: The schema the rows are built with.
    /// - Throws: ``ArchiveError`` for inconsistent runs (nothing is written) or SQLite errors.
    public func write(_ runs: [ProfileRun], info: BuildInfo, schema: OutcomeSchema) throws {
        try write(runs.map(ArchiveRun.init), info: info, schema: schema)
    }

    /// Adds new sessions after each profile's last archived day, in one transaction.
    ///
    /// Rows get the same content and row ids as a full ``write(_:info:schema:)`` of all days would give,
    /// and once closed the file has the same bytes: rows go in session by session
    /// (``RowsBySession``) and ``close()`` stamps the header's change counters.
    /// - Parameters:
    ///   - runs: The new days (and the trades closed on them) per profile.
    ///   - info: Tool version and input hash of this build; `lastDate` is set from the archive.
    ///   - schema: The schema the rows are built with.
    /// - Returns: The number of `day_outcome` rows added.
    /// - Throws: ``ArchiveError/appendNotAfterLastDay(profile:date:lastDate:)`` when a day is not
    ///   after its profile's last archived day; nothing is written then.
    @discardableResult
    public func append(_ runs: [ArchiveRun], info: BuildInfo, schema: OutcomeSchema) throws -> Int {
        try write { db in
            var lastDates: [Profile: CalendarDate] = [:]
            for run in runs {
                lastDates[run.profile] = try Self.lastDate(profile: run.profile, in: db)
            }
            let content = try ArchiveContent(runs: runs, after: lastDates, schema: schema)
            try Self.insert(content, info: info, into: db)
            return content.days.count
        }
    }

    /// Adds new sessions given as day records and trades keyed by profile.
    ///
    /// - Parameters:
    ///   - days: New day records per profile, in increasing date order.
    ///   - trades: Trades closed on those days, per profile.
    ///   - info: Tool version and input hash of this build.
    ///   - schema: The schema the rows are built with.
    /// - Returns: The number of `day_outcome` rows added.
    /// - Throws: ``ArchiveError``, as ``append(_:info:schema:)``.
    @discardableResult
    public func append(
        days: [Profile: [DayRecord]], trades: [Profile: [TradeRecord]] = [:], info: BuildInfo, schema: OutcomeSchema
    ) throws -> Int {
        try append(ArchiveRun.runs(days: days, trades: trades), info: info, schema: schema)
    }

    /// Adds, from complete engine runs, the days after each profile's last archived day.
    ///
    /// For incremental builds: the engine runs over the whole series, and only the new tail of
    /// each run (days after the profile's last archived session, trades closed on them) is
    /// written. Earlier days are assumed unchanged: compare ``buildInfo()``'s input hash first.
    /// - Parameters:
    ///   - runs: The engine's complete runs.
    ///   - info: Tool version and input hash of this build.
    ///   - schema: The schema the rows are built with.
    /// - Returns: The number of `day_outcome` rows added (0 when nothing is new).
    /// - Throws: ``ArchiveError`` for inconsistent runs (nothing is written) or SQLite errors.
    @discardableResult
    public func appendNewDays(
        from runs: [ProfileRun], info: BuildInfo, schema: OutcomeSchema
    ) throws -> Int {
        try write { db in
            var lastDates: [Profile: CalendarDate] = [:]
            var tails: [ArchiveRun] = []
            for run in runs {
                let last = try Self.lastDate(profile: run.profile, in: db)
                lastDates[run.profile] = last
                tails.append(ArchiveRun(run).after(last))
            }
            let content = try ArchiveContent(runs: tails, after: lastDates, schema: schema)
            try Self.insert(content, info: info, into: db)
            return content.days.count
        }
    }

    /// Writes a fresh copy of this archive at `path`, byte-identical for identical content.
    ///
    /// The copy is built exactly like a full ``write(_:info:schema:)`` into a new file, so it doesn't
    /// depend on how this archive was built up (one write or many appends). Publish this copy.
    /// - Parameter path: The new file (replaced if present); must differ from ``path``.
    /// - Returns: The copy, open.
    /// - Throws: ``ArchiveError/copyOntoItself(path:)``, or ``ArchiveError/database(path:message:)``
    ///   when either file fails.
    public func canonicalCopy(to path: String) throws -> OutcomeArchive {
        guard (path as NSString).standardizingPath != (self.path as NSString).standardizingPath else {
            throw ArchiveError.copyOntoItself(path: path)
        }
        let (content, info) = try read { db in
            (try Self.content(in: db), try Self.buildInfo(in: db))
        }
        let copy = try OutcomeArchive.create(at: path)
        try copy.write { db in try Self.insert(content, info: info, into: db) }
        return copy
    }

    /// Inserts rows in canonical order and refreshes `build_info`.
    private static func insert(_ content: ArchiveContent, info: BuildInfo, into db: Database) throws {
        for profile in content.profiles {
            try db.execute(
                sql: """
                    INSERT INTO profile (name, title, position) VALUES (?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET title = excluded.title, position = excluded.position
                    """, arguments: [profile.name, profile.title, profile.position])
        }
        for rule in content.rules {
            try db.execute(
                sql: """
                    INSERT INTO rule (id, title, position) VALUES (?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET title = excluded.title, position = excluded.position
                    """, arguments: [rule.id, rule.title, rule.position])
        }
        try RowsBySession.insert(content, into: db)
        var info = info
        info.lastDate = try String.fetchOne(db, sql: "SELECT MAX(date) FROM day_outcome").flatMap {
            CalendarDate(iso: $0)
        }
        for row in info.rows {
            try db.execute(
                sql:
                    "INSERT INTO build_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                arguments: [row.key, row.value])
        }
    }
}
