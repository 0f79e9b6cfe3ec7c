import Foundation
import GRDB

/// The SQLite archive of every day's outcome for every profile (`archive/outcomes.sqlite`).
///
/// One `DatabaseQueue` on one file, in rollback-journal mode (`journal_mode=DELETE`), so a closed
/// archive is a single self-contained file readers can download. The schema comes from one
/// `DatabaseMigrator` (see the tables in `ArchiveSchema`); every write is one transaction.
///
/// Writing the same rows into a new file gives the same bytes (no timestamps, fixed insert
/// order); ``canonicalCopy(to:)`` gives those bytes for any archive, however it was built up.
public struct OutcomeArchive: Sendable {
    /// The path of the SQLite file.
    public let path: String
    let dbQueue: DatabaseQueue

    private init(path: String, dbQueue: DatabaseQueue) {
        self.path = path
        self.dbQueue = dbQueue
    }

    /// Creates an empty archive at `path`, replacing any file there, with the current schema.
    ///
    /// Missing parent folders are created.
    /// - Parameters:
    ///   - path: Where to write the SQLite file.
    ///   - durable: Whether each commit waits for the disk (SQLite's `synchronous = FULL`). Pass
    ///     false for a file written in a staging folder that the caller flushes before publishing it.
    /// - Returns: The open, empty archive.
    /// - Throws: ``ArchiveError/database(path:message:)`` when the file can't be created.
    public static func create(at path: String, durable: Bool = true) throws -> OutcomeArchive {
        let fileManager = FileManager.default
        for suffix in ["", "-journal", "-wal", "-shm"] where fileManager.fileExists(atPath: path + suffix) {
            do {
                try fileManager.removeItem(atPath: path + suffix)
            } catch {
                throw ArchiveError.database(path: path, message: "cannot replace the existing file: \(error)")
            }
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw ArchiveError.database(path: path, message: "cannot create the folder \(folder): \(error)")
            }
        }
        return try connect(path: path, durable: durable)
    }

    /// Opens an existing archive, running any migration it lacks.
    ///
    /// An empty (zero-byte) file is a valid empty database: it receives the whole schema.
    /// - Parameters:
    ///   - path: The SQLite file.
    ///   - durable: Whether each commit waits for the disk (see ``create(at:durable:)``).
    /// - Returns: The open archive.
    /// - Throws: ``ArchiveError/missingFile(path:)``, ``ArchiveError/newerSchema(path:)``, or
    ///   ``ArchiveError/database(path:message:)`` for a file that is not an SQLite database.
    public static func open(at path: String, durable: Bool = true) throws -> OutcomeArchive {
        guard FileManager.default.fileExists(atPath: path) else { throw ArchiveError.missingFile(path: path) }
        return try connect(path: path, durable: durable)
    }

    /// Closes the connection and stamps the header; the archive can't be used afterwards.
    public func close() throws {
        try mapErrors { try dbQueue.close() }
        try Self.stampHeader(path: path)
    }

    /// The names of the schema migrations applied to the file, in the order they ran.
    public func appliedMigrations() throws -> [String] {
        try read { db in try ArchiveSchema.migrator.appliedMigrations(db) }
    }

    /// SQLite's `PRAGMA integrity_check`: `ok` for a sound file, else the problems, one a line.
    public func integrityCheck() throws -> String {
        try read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n")
        }
    }

    /// Rows that break a foreign key (`PRAGMA foreign_key_check`), as `table rowid → parent`; empty when sound.
    public func foreignKeyViolations() throws -> [String] {
        try read { db in
            try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                let table: String = row[0] ?? "?"
                let rowID: Int64 = row[1] ?? 0
                let parent: String = row[2] ?? "?"
                return "\(table) \(rowID) → \(parent)"
            }
        }
    }

    private static func connect(path: String, durable: Bool) throws -> OutcomeArchive {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            // The file format does not depend on this setting: only when commits reach the disk.
            if !durable { try db.execute(sql: "PRAGMA synchronous = OFF") }
        }
        let dbQueue: DatabaseQueue
        do {
            dbQueue = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw ArchiveError(error, path: path)
        }
        let archive = OutcomeArchive(path: path, dbQueue: dbQueue)
        let migrator = ArchiveSchema.migrator
        if try archive.read({ db in try migrator.hasBeenSuperseded(db) }) {
            throw ArchiveError.newerSchema(path: path)
        }
        try archive.mapErrors { try migrator.migrate(dbQueue) }
        return archive
    }

    /// Runs a read, turning SQLite errors into ``ArchiveError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try mapErrors { try dbQueue.read(body) }
    }

    /// Runs one write transaction, turning SQLite errors into ``ArchiveError``.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try mapErrors { try dbQueue.write(body) }
    }

    private func mapErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw ArchiveError(error, path: path)
        }
    }
}

extension ArchiveError {
    /// Wraps an SQLite error with the archive's path, keeping SQLite's message and the SQL.
    init(_ error: DatabaseError, path: String) {
        var message = error.message ?? "error \(error.resultCode.rawValue)"
        if let sql = error.sql { message += " (in: \(sql))" }
        self = .database(path: path, message: message)
    }
}
