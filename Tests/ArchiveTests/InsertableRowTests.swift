import Foundation
import GRDB
import MarketData
import Strategy
import Testing

@testable import Archive

@Suite struct InsertableRowTests {
    /// The prepared statements must store what GRDB's own record inserts store, in the same order: the same file.
    @Test func preparedInsertsGiveTheFileOfGRDBRecordInserts() throws {
        let runs = makeRuns(sessions: 60)
        let path = temporaryPath()
        try writtenArchive(runs, path: path).close()

        let content = try ArchiveContent(runs: runs)
        let referencePath = temporaryPath()
        let reference = try OutcomeArchive.create(at: referencePath)
        try reference.dbQueue.write { db in
            for row in content.profiles { try row.insert(db) }
            for row in content.rules { try row.insert(db) }
            // Session by session, as RowsBySession inserts them.
            for session in Set(content.days.map(\.date)).sorted() {
                for row in content.days where row.date == session { try row.insert(db) }
                for row in content.firings where row.date == session { try row.insert(db) }
                for row in content.hedges where row.date == session { try row.insert(db) }
                for row in content.trades where row.closeDate == session { try row.insert(db) }
            }
            var info = testInfo
            info.lastDate = content.days.last?.date
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
        #expect(columns[0] == DayOutcomeRow.insertedColumns)
        #expect(columns[1] == RuleFiringRow.insertedColumns)
        #expect(columns[2] == HedgeRow.insertedColumns)
        #expect(columns[3] == TradeRow.insertedColumns)
        #expect(
            RuleFiringRow.insertSQL
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
            try archive.write { db in try DayOutcomeRow.insert([row], into: db) }
            Issue.record("a repeated day was inserted")
        } catch let error as ArchiveError {
            let expected =
                "UNIQUE constraint failed: day_outcome.date, day_outcome.profile (in: \(DayOutcomeRow.insertSQL))"
            #expect(error == .database(path: path, message: expected))
        }
        var orphan = try #require(try archive.allFirings().first)
        orphan.date = day("2030-01-02")
        #expect(
            throws: ArchiveError.database(
                path: path, message: "FOREIGN KEY constraint failed (in: \(RuleFiringRow.insertSQL))")
        ) {
            try archive.write { db in try RuleFiringRow.insert([orphan], into: db) }
        }
        // The failed statements left the archive as it was, and it still takes new rows.
        #expect(try archive.rowCount() == 24)
        #expect(try archive.append(runs.map { $0.after(cut) }, info: testInfo) == 3)
        #expect(try archive.integrityCheck() == "ok")
    }
}
