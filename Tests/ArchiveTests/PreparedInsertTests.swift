import Foundation
import GRDB
import MarketData
import Strategy
import Testing

@testable import Archive

@Suite struct PreparedInsertTests {
    /// The prepared statements must store what GRDB's own inserts store, in the same order: the same file.
    @Test func preparedInsertsGiveTheFileOfGRDBInserts() throws {
        let runs = makeRuns(sessions: 60)
        let path = temporaryPath()
        try writtenArchive(runs, path: path).close()

        let content = try ArchiveContent(runs: runs, schema: testSchema)
        let referencePath = temporaryPath()
        let reference = try OutcomeArchive.create(at: referencePath)
        try reference.dbQueue.write { db in
            for row in content.profiles { try row.insert(db) }
            for row in content.rules { try row.insert(db) }
            // Session by session, as RowsBySession inserts them.
            for session in Set(content.days.map(\.session)).sorted() {
                for rows in [content.days, content.firings, content.hedges, content.trades] {
                    for row in rows where row.session == session {
                        try db.execute(
                            sql: row.table.layout.insertSQL,
                            arguments: StatementArguments(row.values.map(\.databaseValue)))
                    }
                }
            }
            var info = testInfo
            info.lastDate = content.days.last?.session
            for row in info.rows { try row.insert(db) }
        }
        try reference.close()
        #expect(content.days.count == 180)
        #expect(!content.hedges.isEmpty && !content.trades.isEmpty && !content.firings.isEmpty)
        #expect(bytes(path).count > 65_536)
        #expect(bytes(path) == bytes(referencePath))
    }

    @Test func statementsNameEveryColumnOfTheirTableInOrder() throws {
        let archive = try OutcomeArchive.create(at: temporaryPath())
        let columns = try archive.dbQueue.read { db in
            try ["day_outcome", "rule_firing", "hedge", "trade"].map { try db.columns(in: $0).map(\.name) }
        }
        #expect(columns == ArchiveTable.allCases.map { $0.layout.columns.map(\.name) })
        #expect(
            StoredTable.ruleFiring.insertSQL
                == #"INSERT INTO "rule_firing" ("date", "profile", "sequence", "rule_id", "explanation", "inputs") "#
                + "VALUES (?, ?, ?, ?, ?, ?)")
    }

    @Test func aRefusedRowThrowsSQLitesMessageWithTheStatement() throws {
        let runs = makeRuns(sessions: 9)
        let cut = runs[0].days[7].date
        let path = temporaryPath()
        let archive = try writtenArchive(
            runs.map { ArchiveRun(profile: $0.profile, days: Array($0.days.prefix(8))) }, path: path)
        let row = try #require(try archive.allRows().first)
        do {
            try archive.write { db in try ArchiveTable.dayOutcome.insert([row], into: db) }
            Issue.record("a repeated day was inserted")
        } catch let error as ArchiveError {
            let expected =
                "UNIQUE constraint failed: day_outcome.date, day_outcome.profile (in: \(StoredTable.dayOutcome.insertSQL))"
            #expect(error == .database(path: path, message: expected))
        }
        var orphan = try #require(try archive.allFirings().first)
        orphan.values[0] = .date(day("2030-01-02"))
        #expect(
            throws: ArchiveError.database(
                path: path, message: "FOREIGN KEY constraint failed (in: \(StoredTable.ruleFiring.insertSQL))")
        ) {
            try archive.write { db in try ArchiveTable.ruleFiring.insert([orphan], into: db) }
        }
        // The failed statements left the archive as it was, and it still takes new rows.
        #expect(try archive.rowCount() == 24)
        #expect(try archive.append(runs.map { $0.after(cut) }, info: testInfo, schema: testSchema) == 3)
        #expect(try archive.integrityCheck() == "ok")
    }
}
