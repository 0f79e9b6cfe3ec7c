import Foundation
import MarketData
import Strategy
import Testing

@testable import Archive

@Suite struct OutcomeArchiveWritingTests {
    /// The runs cut at `count` sessions, and the rest.
    func split(_ runs: [ArchiveRun], at count: Int) -> (head: [ArchiveRun], tail: [ArchiveRun]) {
        let cut = runs[0].days[count - 1].date
        let head = runs.map { run in
            ArchiveRun(
                profile: run.profile, days: run.days.filter { $0.date <= cut },
                trades: run.trades.filter { $0.closeDate <= cut })
        }
        return (head, runs.map { $0.after(cut) })
    }

    @Test func twoWritesOfTheSameRowsGiveTheSameBytes() throws {
        let runs = makeRuns(sessions: 60)
        let first = temporaryPath()
        let second = temporaryPath()
        try writtenArchive(runs, path: first).close()
        try writtenArchive(runs, path: second).close()
        #expect(bytes(first).count > 4096)
        #expect(bytes(first) == bytes(second))
    }

    @Test func aFullWriteIsAlreadyCanonical() throws {
        let path = temporaryPath()
        let archive = try writtenArchive(makeRuns(sessions: 40), path: path)
        let copyPath = temporaryPath()
        try archive.canonicalCopy(to: copyPath).close()
        try archive.close()
        #expect(bytes(path).count > 4096)
        #expect(bytes(copyPath) == bytes(path))
    }

    @Test func appendingNewDaysEqualsAFullWriteRowForRow() throws {
        let runs = makeRuns(sessions: 50)
        let full = try writtenArchive(runs)
        let (head, tail) = split(runs, at: 31)
        let incremental = try writtenArchive(head)
        let added = try incremental.append(tail, info: testInfo, schema: testSchema)
        #expect(added == 19 * 3)
        #expect(try incremental.allRows() == full.allRows())
        #expect(try incremental.allFirings() == full.allFirings())
        #expect(try incremental.allHedges() == full.allHedges())
        #expect(try incremental.allTrades() == full.allTrades())
        #expect(try incremental.buildInfo() == full.buildInfo())
        #expect(try incremental.integrityCheck() == "ok")
        #expect(try incremental.foreignKeyViolations() == [])
        let rowIDs = { (archive: OutcomeArchive) in
            try archive.dbQueue.read { db in
                try Int64.fetchAll(db, sql: "SELECT rowid FROM rule_firing ORDER BY date, profile, sequence")
            }
        }
        #expect(try rowIDs(incremental) == rowIDs(full))
    }

    @Test func appendingInSeveralStepsGivesTheFullWriteBytesAfterACanonicalCopy() throws {
        let runs = makeRuns(sessions: 45)
        let fullPath = temporaryPath()
        try writtenArchive(runs, path: fullPath).close()
        #expect(bytes(fullPath).count > 4096)

        let (head, rest) = split(runs, at: 20)
        let (middle, tail) = split(rest, at: 10)
        let workingPath = temporaryPath()
        try writtenArchive(head, path: workingPath).close()
        for part in [middle, tail] {
            let reopened = try OutcomeArchive.open(at: workingPath)
            try reopened.append(part, info: testInfo, schema: testSchema)
            try reopened.close()
        }
        let working = try OutcomeArchive.open(at: workingPath)
        let copyPath = temporaryPath()
        let copy = try working.canonicalCopy(to: copyPath)
        #expect(try copy.allRows() == working.allRows())
        try copy.close()
        try working.close()
        #expect(bytes(copyPath) == bytes(fullPath))

        // A canonical copy of a canonical copy is the same file again.
        let again = temporaryPath()
        try OutcomeArchive.open(at: copyPath).canonicalCopy(to: again).close()
        #expect(bytes(again) == bytes(fullPath))
    }

    @Test func aCanonicalCopyNeedsAnotherFile() throws {
        let path = temporaryPath()
        let archive = try writtenArchive(makeRuns(sessions: 5), path: path)
        #expect(throws: ArchiveError.copyOntoItself(path: path)) { try archive.canonicalCopy(to: path) }
        #expect(try archive.rowCount() == 15)
    }

    @Test func appendRefusesDaysThatAreNotNew() throws {
        let runs = makeRuns(sessions: 10)
        let archive = try writtenArchive(runs)
        let lastDate = runs[1].days[9].date
        let repeated = ArchiveRun(profile: .promoter, days: [runs[1].days[9]])
        #expect(throws: ArchiveError.appendNotAfterLastDay(profile: .promoter, date: lastDate, lastDate: lastDate)) {
            try archive.append([repeated], info: testInfo, schema: testSchema)
        }
        #expect(try archive.rowCount() == 30)
    }

    @Test func appendToleratesAnEmptyTailAndKeepsTheLastDate() throws {
        let runs = makeRuns(sessions: 10)
        let archive = try writtenArchive(runs)
        let cut = runs[0].days[9].date
        #expect(try archive.append(runs.map { $0.after(cut) }, info: testInfo, schema: testSchema) == 0)
        #expect(try archive.rowCount() == 30)
        #expect(try archive.buildInfo().lastDate == cut)
    }

    @Test func runAfterADateKeepsLaterDaysAndTrades() {
        let run = makeRuns(sessions: 30)[0]
        let cut = run.days[14].date
        let tail = run.after(cut)
        #expect(tail.days.count == 15)
        #expect(tail.days.first?.date == run.days[15].date)
        #expect(tail.trades.allSatisfy { $0.closeDate > cut })
        #expect(tail.trades.count == run.trades.filter { $0.closeDate > cut }.count)
        #expect(run.after(nil) == run)
    }
}

@Suite struct OutcomeArchiveAppendBytesTests {
    @Test("appending sessions one build at a time gives the bytes of one full write", arguments: [1, 4, 17])
    func appendsGiveFullWriteBytes(step: Int) throws {
        let runs = makeRuns(sessions: 70)
        let fullPath = temporaryPath()
        try writtenArchive(runs, path: fullPath).close()
        let workingPath = temporaryPath()
        let firstCut = runs[0].days[20].date
        try writtenArchive(
            runs.map { run in
                ArchiveRun(
                    profile: run.profile, days: run.days.filter { $0.date <= firstCut },
                    trades: run.trades.filter { $0.closeDate <= firstCut })
            }, path: workingPath
        ).close()
        var cut = 20
        while cut < 69 {
            let next = min(cut + step, 69)
            let (from, to) = (runs[0].days[cut].date, runs[0].days[next].date)
            let part = runs.map { run in
                ArchiveRun(
                    profile: run.profile, days: run.days.filter { $0.date > from && $0.date <= to },
                    trades: run.trades.filter { $0.closeDate > from && $0.closeDate <= to })
            }
            let archive = try OutcomeArchive.open(at: workingPath)
            try archive.append(part, info: testInfo, schema: testSchema)
            try archive.close()
            cut = next
        }
        #expect(bytes(fullPath).count > 40_000)
        #expect(bytes(workingPath) == bytes(fullPath))
    }
}
