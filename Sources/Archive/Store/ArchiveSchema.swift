import GRDB

/// The archive's schema: one `DatabaseMigrator`, migrations registered by name.
///
/// The lookup tables are spelled out in SQL names; the four outcome tables are created from the
/// day-outcome schema (``StoredTable``), so a new field gets its column with no edit here. An
/// archive is a build product, rewritten whenever the tool version changes; a change that must
/// keep old files readable is a new named migration appended here.
enum ArchiveSchema {
    /// The names of every migration, in the order they run.
    static let migrationNames = ["v1-outcomes", "v2-price-sources"]

    /// The migrator that creates and evolves the archive.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-outcomes", migrate: createOutcomeTables)
        // The legs' price sources and the entry's quote fallback. Tables that v1 just created from
        // today's schema already have them; an older archive gains them, empty for its rows.
        migrator.registerMigration("v2-price-sources", migrate: addMissingColumns)
        return migrator
    }

    private static func addMissingColumns(_ db: Database) throws {
        for table in [StoredTable.dayOutcome, .ruleFiring, .hedge, .trade] {
            try table.addMissingColumns(in: db)
        }
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
        // The outcome tables, one column per field of the day-outcome schema.
        for table in [StoredTable.dayOutcome, .ruleFiring, .hedge, .trade] {
            try table.create(in: db)
        }
        try db.create(table: "build_info") { t in
            t.primaryKey("key", .text)
            t.column("value", .text).notNull()
        }
    }
}
