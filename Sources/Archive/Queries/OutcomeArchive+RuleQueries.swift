import GRDB
import MarketData
import Strategy

extension OutcomeArchive {
    /// How often and when one rule fired, per profile.
    ///
    /// - Complexity: One indexed scan of the rule's firings (index `rule_firing_on_rule_id`).
    public func ruleSummary(_ rule: RuleID) throws -> RuleSummary {
        try read { db in try Self.summaries(rule: rule, in: db)[rule] ?? RuleSummary(rule: rule, profiles: []) }
    }

    /// The summary of every rule id, in ``RuleID/allCases`` order (rules that never fired have zero counts).
    public func ruleSummaries() throws -> [RuleSummary] {
        try read { db in
            let found = try Self.summaries(rule: nil, in: db)
            return RuleID.allCases.map { found[$0] ?? Self.emptySummary($0) }
        }
    }

    /// Every firing of a rule, by date, profile and sequence: the dated list of a rule page.
    ///
    /// - Parameters:
    ///   - rule: The rule.
    ///   - profile: Only this profile's firings, or every profile's when nil.
    /// - Returns: The firings of the rule.
    /// - Throws: ``ArchiveError/database(path:message:)``.
    public func firings(of rule: RuleID, profile: Profile? = nil) throws -> [RuleFiringRow] {
        try read { db in
            var sql = """
                SELECT t.* FROM rule_firing t JOIN profile p ON p.name = t.profile WHERE t.rule_id = ?
                """
            var arguments: StatementArguments = [rule.rawValue]
            if let profile {
                sql += " AND t.profile = ?"
                arguments += [profile.rawValue]
            }
            sql += " ORDER BY t.date, p.position, t.sequence"
            return try RuleFiringRow.fetchAll(db, sql: sql, arguments: arguments)
        }
    }

    /// The distinct sessions on which a rule fired for a profile, in increasing order.
    public func dates(of rule: RuleID, profile: Profile) throws -> [CalendarDate] {
        try read { db in
            try String.fetchAll(
                db,
                sql: "SELECT DISTINCT date FROM rule_firing WHERE rule_id = ? AND profile = ? ORDER BY date",
                arguments: [rule.rawValue, profile.rawValue]
            ).compactMap { CalendarDate(iso: $0) }
        }
    }

    /// What followed a rule's firings, per profile: the mean percent change in equity from the
    /// close of each firing session to the close `h` sessions later, for each horizon `h`.
    ///
    /// - Parameters:
    ///   - rule: The rule.
    ///   - horizons: Session counts, 5 and 20 by default (each at least 1).
    /// - Returns: One entry per profile that has the rule fire, in ``Profile/allCases`` order.
    /// - Throws: ``ArchiveError/database(path:message:)``.
    public func followThrough(of rule: RuleID, horizons: [Int] = [5, 20]) throws -> [RuleFollowThrough] {
        try read { db in try Self.followThrough(rule: rule, horizons: horizons, in: db)[rule] ?? [] }
    }

    /// ``followThrough(of:horizons:)`` for every rule at once (rules that never fired are absent).
    public func followThroughByRule(horizons: [Int] = [5, 20]) throws -> [RuleID: [RuleFollowThrough]] {
        try read { db in try Self.followThrough(rule: nil, horizons: horizons, in: db) }
    }

    private static func emptySummary(_ rule: RuleID) -> RuleSummary {
        RuleSummary(
            rule: rule,
            profiles: Profile.allCases.map {
                RuleProfileCount(profile: $0, firings: 0, days: 0, firstDate: nil, lastDate: nil)
            })
    }

    private static func summaries(rule: RuleID?, in db: Database) throws -> [RuleID: RuleSummary] {
        var sql = """
            SELECT rule_id, profile, COUNT(*) AS firings, COUNT(DISTINCT date) AS days,
                   MIN(date) AS first_date, MAX(date) AS last_date
            FROM rule_firing
            """
        var arguments: StatementArguments = []
        if let rule {
            sql += " WHERE rule_id = ?"
            arguments += [rule.rawValue]
        }
        sql += " GROUP BY rule_id, profile"
        var counts: [RuleID: [Profile: RuleProfileCount]] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            guard let id = RuleID(rawValue: row["rule_id"] ?? ""), let profile = Profile(rawValue: row["profile"] ?? "")
            else { continue }
            counts[id, default: [:]][profile] = RuleProfileCount(
                profile: profile, firings: row["firings"] ?? 0, days: row["days"] ?? 0,
                firstDate: (row["first_date"] as String?).flatMap { CalendarDate(iso: $0) },
                lastDate: (row["last_date"] as String?).flatMap { CalendarDate(iso: $0) })
        }
        return counts.mapValues { perProfile in
            Profile.allCases.map {
                perProfile[$0] ?? RuleProfileCount(profile: $0, firings: 0, days: 0, firstDate: nil, lastDate: nil)
            }
        }.reduce(into: [:]) { result, entry in
            result[entry.key] = RuleSummary(rule: entry.key, profiles: entry.value)
        }
    }

    private static func followThrough(
        rule: RuleID?, horizons: [Int], in db: Database
    ) throws -> [RuleID: [RuleFollowThrough]] {
        let horizons = horizons.map { max(1, $0) }
        guard !horizons.isEmpty else { return [:] }
        let leads = horizons.enumerated().map { "LEAD(equity, \($1)) OVER w AS ahead\($0)" }
        let changes = horizons.indices.map { index in
            let change = "CASE WHEN a.equity <> 0 THEN (a.ahead\(index) / a.equity - 1) * 100 END"
            return "COUNT(\(change)) AS samples\(index), AVG(\(change)) AS mean\(index)"
        }
        var arguments: StatementArguments = []
        var filter = ""
        if let rule {
            filter = " WHERE rule_id = ?"
            arguments += [rule.rawValue]
        }
        let sql = """
            WITH ahead AS (
                SELECT date, profile, equity, \(leads.joined(separator: ", "))
                FROM day_outcome WINDOW w AS (PARTITION BY profile ORDER BY date)
            ), fired AS (SELECT DISTINCT rule_id, profile, date FROM rule_firing\(filter))
            SELECT f.rule_id, f.profile, \(changes.joined(separator: ", "))
            FROM fired f JOIN ahead a ON a.date = f.date AND a.profile = f.profile
            GROUP BY f.rule_id, f.profile
            """
        var result: [RuleID: [Profile: RuleFollowThrough]] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            guard let id = RuleID(rawValue: row["rule_id"] ?? ""), let profile = Profile(rawValue: row["profile"] ?? "")
            else { continue }
            let changes = horizons.enumerated().map { index, sessions in
                EquityChange(
                    sessions: sessions, samples: row["samples\(index)"] ?? 0,
                    meanPercent: (row["mean\(index)"] as Double?).map {
                        ArchivePrecision.round($0, ArchivePrecision.input)
                    })
            }
            result[id, default: [:]][profile] = RuleFollowThrough(rule: id, profile: profile, changes: changes)
        }
        return result.mapValues { perProfile in Profile.allCases.compactMap { perProfile[$0] } }
    }
}
