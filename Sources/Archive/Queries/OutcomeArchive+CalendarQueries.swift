import GRDB
import MarketData
import Strategy

extension OutcomeArchive {
    /// The years that have archived sessions, in increasing order.
    public func years() throws -> [Int] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT substr(date, 1, 4) FROM day_outcome ORDER BY 1")
                .compactMap { Int($0) }
        }
    }

    /// Every month with archived sessions, in increasing order, with its session and firing counts.
    public func months() throws -> [ArchiveMonth] {
        try read { db in
            let sql = """
                SELECT d.month, d.sessions, COALESCE(f.firings, 0) AS firings
                FROM (SELECT substr(date, 1, 7) AS month, COUNT(DISTINCT date) AS sessions
                      FROM day_outcome GROUP BY month) d
                LEFT JOIN (SELECT substr(date, 1, 7) AS month, COUNT(*) AS firings
                           FROM rule_firing GROUP BY month) f ON f.month = d.month
                ORDER BY d.month
                """
            return try Row.fetchAll(db, sql: sql).compactMap { row in
                let text: String = row["month"] ?? ""
                let parts = text.split(separator: "-")
                guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
                return ArchiveMonth(
                    year: year, month: month, sessions: row["sessions"] ?? 0, firings: row["firings"] ?? 0)
            }
        }
    }

    /// The archived sessions of a year, or of one month of it, with each profile's rules fired.
    ///
    /// - Parameters:
    ///   - year: The year.
    ///   - month: A month 1–12, or nil for the whole year.
    /// - Returns: One entry per session, in increasing date order.
    /// - Complexity: A range scan of the primary key (`date`, `profile`).
    /// - Throws: ``ArchiveError/database(path:message:)``.
    public func days(year: Int, month: Int? = nil) throws -> [ArchiveDay] {
        let first = CalendarDate(year: year, month: month ?? 1, day: 1)
        let next: CalendarDate?
        if let month, month < 12 {
            next = CalendarDate(year: year, month: month + 1, day: 1)
        } else {
            next = CalendarDate(year: year + 1, month: 1, day: 1)
        }
        guard let first, let next else { return [] }
        return try days(from: first, before: next)
    }

    /// The archived sessions in `[from, before)`, with each profile's rules fired.
    public func days(from first: CalendarDate, before end: CalendarDate) throws -> [ArchiveDay] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.date, d.profile, d.spot, d.vix, d.layer, d.equity, d.rules,
                           d.expiration IS NOT NULL AS has_position
                    FROM day_outcome d JOIN profile p ON p.name = d.profile
                    WHERE d.date >= ? AND d.date < ? ORDER BY d.date, p.position
                    """, arguments: [first.iso, end.iso])
            var days: [ArchiveDay] = []
            for row in rows {
                guard let date = CalendarDate(iso: row["date"] ?? ""),
                    let profile = Profile(rawValue: row["profile"] ?? "")
                else { continue }
                let rules: String = row["rules"] ?? ""
                let outcome = ArchiveDayOutcome(
                    profile: profile, layer: row["layer"] ?? 0, equity: row["equity"] ?? 0,
                    hasPosition: row["has_position"] ?? false,
                    rules: rules.split(separator: " ").compactMap { RuleID(rawValue: String($0)) })
                if let last = days.last, last.date == date {
                    days[days.count - 1].outcomes.append(outcome)
                } else {
                    days.append(
                        ArchiveDay(date: date, spot: row["spot"] ?? 0, vix: row["vix"] ?? 0, outcomes: [outcome]))
                }
            }
            return days
        }
    }
}
