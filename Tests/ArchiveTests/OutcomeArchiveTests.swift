import Foundation
import GRDB
import MarketData
import Strategy
import Testing

@testable import Archive

@Suite struct OutcomeArchiveTests {
    @Test func createsTheSchemaOnAnEmptyFile() throws {
        let path = temporaryPath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let archive = try OutcomeArchive.open(at: path)
        #expect(try archive.appliedMigrations() == ["v1-outcomes", "v2-price-sources"])
        #expect(try archive.integrityCheck() == "ok")
        let tables = try archive.dbQueue.read { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' ORDER BY name")
        }
        #expect(tables == ["build_info", "day_outcome", "hedge", "profile", "rule", "rule_firing", "trade"])
        let indexes = try archive.dbQueue.read { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        }
        #expect(indexes == ["day_outcome_on_profile_date", "rule_firing_on_rule_id", "trade_on_close_date"])
        #expect(try archive.rowCount() == 0)
        #expect(try archive.lastDate() == nil)
    }

    @Test func reopeningRunsNoMigrationAndLeavesTheFileUnchanged() throws {
        let path = temporaryPath()
        let archive = try writtenArchive(makeRuns(sessions: 12), path: path)
        try archive.close()
        let before = bytes(path)
        for _ in 0..<2 {
            let reopened = try OutcomeArchive.open(at: path)
            #expect(try reopened.appliedMigrations() == ["v1-outcomes", "v2-price-sources"])
            #expect(try reopened.rowCount() == 36)
            try reopened.close()
        }
        #expect(bytes(path) == before)
    }

    @Test func runningTheMigratorTwiceIsANoOp() throws {
        let archive = try OutcomeArchive.create(at: temporaryPath())
        try ArchiveSchema.migrator.migrate(archive.dbQueue)
        #expect(try archive.appliedMigrations() == ArchiveSchema.migrationNames)
        #expect(try archive.integrityCheck() == "ok")
    }

    @Test func opensOnlyExistingSQLiteFiles() throws {
        let missing = temporaryPath()
        #expect(throws: ArchiveError.missingFile(path: missing)) { try OutcomeArchive.open(at: missing) }

        let garbage = temporaryPath("not.sqlite")
        try FileManager.default.createDirectory(
            atPath: (garbage as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        #expect(
            FileManager.default.createFile(atPath: garbage, contents: Data(String(repeating: "x", count: 600).utf8)))
        do {
            _ = try OutcomeArchive.open(at: garbage)
            Issue.record("a text file opened as an archive")
        } catch let error as ArchiveError {
            guard case .database(let path, let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == garbage)
            #expect(message.contains("file is not a database"))
        }
    }

    @Test func refusesAnArchiveFromANewerVersion() throws {
        let path = temporaryPath()
        let archive = try OutcomeArchive.create(at: path)
        try archive.dbQueue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
        }
        try archive.close()
        #expect(throws: ArchiveError.newerSchema(path: path)) { try OutcomeArchive.open(at: path) }
    }

    @Test func holdsOneRowPerDayAndProfile() throws {
        let runs = makeRuns(sessions: 25)
        let archive = try writtenArchive(runs)
        #expect(try archive.rowCount() == 75)
        #expect(try archive.dayCount() == 25)
        for profile in Profile.allCases {
            #expect(try archive.dayCount(profile: profile) == 25)
        }
        let pairs = try archive.dbQueue.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT DISTINCT date, profile FROM day_outcome)")
        }
        #expect(pairs == 75)
        #expect(try archive.integrityCheck() == "ok")
        #expect(try archive.foreignKeyViolations() == [])
    }

    @Test func readsBackTheRowsItWroteInCanonicalOrder() throws {
        let runs = makeRuns(sessions: 20)
        let archive = try writtenArchive(runs.reversed())
        let expected = runs.flatMap(\.days).sorted {
            ($0.date, ArchiveContent.profileRank[$0.profile] ?? 0) < (
                $1.date, ArchiveContent.profileRank[$1.profile] ?? 0
            )
        }.map { ArchiveRow(day: $0, schema: testSchema) }
        let rows = try archive.allRows()
        #expect(rows == expected)
        #expect(rows.prefix(3).map(\.profile) == [.steward, .promoter, .staticBaseline])
        #expect(try archive.allRows(profile: .promoter) == expected.filter { $0.profile == .promoter })
        let firings = try archive.allFirings()
        #expect(firings.count == runs.reduce(0) { $0 + $1.days.reduce(0) { $0 + $1.firings.count } })
        #expect(firings.first { $0.text("explanation") == hostileText } != nil)
        #expect(try archive.allHedges().count == runs[0].days.reduce(0) { $0 + $1.hedges.count })
        #expect(try archive.allTrades().map { $0.date("close_date") } == runs.flatMap(\.trades).map(\.closeDate).sorted())
    }

    @Test func recordsBuildInformationWithTheLastDate() throws {
        let archive = try writtenArchive(makeRuns(sessions: 10))
        let info = try archive.buildInfo()
        #expect(info.toolVersion == "0.1.0-test")
        #expect(info.inputHash == "abc123")
        #expect(info.lastDate == day("2024-01-16"))
        #expect(try archive.lastDate(profile: .staticBaseline) == day("2024-01-16"))
    }

    @Test func writeReplacesEarlierContent() throws {
        let archive = try writtenArchive(makeRuns(sessions: 30))
        try archive.write(makeRuns(sessions: 5, from: day("2025-06-02")), info: testInfo, schema: testSchema)
        #expect(try archive.rowCount() == 15)
        #expect(try archive.lastDate() == day("2025-06-06"))
        #expect(try archive.allRows().first?.date("date") == day("2025-06-02"))
        #expect(try archive.foreignKeyViolations() == [])
    }

    @Test func createReplacesAnExistingFile() throws {
        let path = temporaryPath()
        _ = try writtenArchive(makeRuns(sessions: 8), path: path)
        let fresh = try OutcomeArchive.create(at: path)
        #expect(try fresh.rowCount() == 0)
    }

    @Test func rejectsInconsistentRunsWithoutWriting() throws {
        let archive = try OutcomeArchive.create(at: temporaryPath())
        let dates = sessions(3)
        let mixed = ArchiveRun(profile: .steward, days: [makeDay(dates[0], .steward), makeDay(dates[1], .promoter)])
        #expect(throws: ArchiveError.profileMismatch(run: .steward, date: dates[1], found: .promoter)) {
            try archive.write([mixed], info: testInfo, schema: testSchema)
        }
        let backwards = ArchiveRun(profile: .steward, days: [makeDay(dates[1], .steward), makeDay(dates[0], .steward)])
        #expect(throws: ArchiveError.daysOutOfOrder(profile: .steward, date: dates[0], previous: dates[1])) {
            try archive.write([backwards], info: testInfo, schema: testSchema)
        }
        let twice = ArchiveRun(profile: .promoter, days: [makeDay(dates[0], .promoter)])
        #expect(throws: ArchiveError.duplicateRun(profile: .promoter)) {
            try archive.write([twice, twice], info: testInfo, schema: testSchema)
        }
        let strayTrade = ArchiveRun(
            profile: .steward, days: [makeDay(dates[0], .steward)],
            trades: [makeTrade(opened: dates[0], closed: dates[2])])
        #expect(throws: ArchiveError.tradeOutsideRun(profile: .steward, closeDate: dates[2])) {
            try archive.write([strayTrade], info: testInfo, schema: testSchema)
        }
        #expect(try archive.rowCount() == 0)
    }

    @Test func errorsReadAsOneLine() {
        let error = ArchiveError.appendNotAfterLastDay(
            profile: .staticBaseline, date: day("2024-01-05"), lastDate: day("2024-01-08"))
        #expect(error.description == "static: cannot append 2024-01-05, the archive already ends on 2024-01-08")
        #expect(
            ArchiveError.missingFile(path: "Output/archive/outcomes.sqlite").description
                == "Output/archive/outcomes.sqlite: no archive at this path")
    }
}
