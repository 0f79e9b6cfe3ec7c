import GRDB

/// The archive's schema: one `DatabaseMigrator`, migrations registered by name.
///
/// Migrations speak SQL names only (never Swift types), so a shipped migration never changes;
/// a later schema change is a new named migration appended here.
enum ArchiveSchema {
    /// The names of every migration, in the order they run.
    static let migrationNames = ["v1-outcomes"]

    /// The migrator that creates and evolves the archive.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-outcomes", migrate: createOutcomeTables)
        return migrator
    }

    private static func createOutcomeTables(_ db: Database) throws {
        try db.create(table: "profile") { t in
            t.primaryKey("name", .text)
            t.column("title", .text).notNull()
            t.column("position", .integer).notNull()
        }
        try db.create(table: "rule") { t in
            t.primaryKey("id", .text)
            t.column("title", .text).notNull()
            t.column("position", .integer).notNull()
        }
        try createDayOutcome(db)
        try db.create(table: "rule_firing") { t in
            t.column("date", .text).notNull()
            t.column("profile", .text).notNull()
            t.column("sequence", .integer).notNull()
            t.column("rule_id", .text).notNull().references("rule")
            t.column("explanation", .text).notNull()
            t.column("inputs", .text).notNull()
            t.primaryKey(["date", "profile", "sequence"])
            t.foreignKey(["date", "profile"], references: "day_outcome", onDelete: .cascade)
        }
        try db.create(index: "rule_firing_on_rule_id", on: "rule_firing", columns: ["rule_id", "profile", "date"])
        try db.create(table: "hedge") { t in
            t.column("date", .text).notNull()
            t.column("profile", .text).notNull()
            t.column("sequence", .integer).notNull()
            t.column("layer", .integer).notNull()
            t.column("status", .text).notNull()
            t.column("open_date", .text).notNull()
            t.column("expiration", .text).notNull()
            for name in ["long_strike", "short_strike", "contracts", "premium", "forward", "price", "value", "costs"] {
                t.column(name, .double).notNull()
            }
            t.primaryKey(["date", "profile", "sequence"])
            t.foreignKey(["date", "profile"], references: "day_outcome", onDelete: .cascade)
        }
        try db.create(table: "trade") { t in
            t.column("profile", .text).notNull()
            t.column("close_date", .text).notNull()
            t.column("sequence", .integer).notNull()
            t.column("open_date", .text).notNull()
            t.column("expiration", .text).notNull()
            t.column("reason", .text).notNull().references("rule")
            t.column("layer", .integer).notNull()
            for name in [
                "contracts", "long_put", "short_put", "short_call", "long_call", "credit", "closing_cost", "margin",
                "pnl", "costs",
            ] {
                t.column(name, .double).notNull()
            }
            t.column("days_held", .integer).notNull()
            t.primaryKey(["profile", "close_date", "sequence"])
            t.foreignKey(["close_date", "profile"], references: "day_outcome", onDelete: .cascade)
        }
        try db.create(index: "trade_on_close_date", on: "trade", columns: ["close_date", "profile"])
        try db.create(table: "build_info") { t in
            t.primaryKey("key", .text)
            t.column("value", .text).notNull()
        }
    }

    private static func createDayOutcome(_ db: Database) throws {
        try db.create(table: "day_outcome") { t in
            t.column("date", .text).notNull()
            t.column("profile", .text).notNull().references("profile")
            t.column("warmup", .boolean).notNull()
            t.column("spot", .double).notNull()
            t.column("vix", .double).notNull()
            t.column("layer", .integer).notNull()
            t.column("rules", .text).notNull()
            t.column("open_date", .text)
            t.column("expiration", .text)
            t.column("dte", .integer)
            t.column("contracts", .double)
            t.column("position_layer", .integer)
            for name in [
                "long_put", "short_put", "short_call", "long_call", "credit", "wing_width", "max_loss",
                "breakeven_low", "breakeven_high", "net_delta", "net_gamma", "net_vega", "net_theta", "invariant",
                "initial_invariant", "erosion", "band", "value", "unrealised_pnl", "distance_percent",
                "distance_sigmas", "position_costs",
            ] {
                t.column(name, .double)
            }
            for leg in ["long_put", "short_put", "short_call", "long_call"] {
                for number in ["iv", "price", "delta"] {
                    t.column(leg + "_" + number, .double)
                }
            }
            for name in ["cash", "equity", "hedge_value", "total_costs"] {
                t.column(name, .double).notNull()
            }
            t.column("hedge_count", .integer).notNull()
            for name in ["macd", "macd_signal", "rsi", "ad_line", "realised_vol"] {
                t.column(name, .double)
            }
            t.column("breadth_divergent", .boolean)
            t.column("upcoming_events", .text).notNull()
            t.column("explanations", .text).notNull()
            t.primaryKey(["date", "profile"])
        }
        try db.create(index: "day_outcome_on_profile_date", on: "day_outcome", columns: ["profile", "date"])
    }
}
