import Foundation
import MarketData
import Strategy
import Testing

@testable import Archive

/// The synthetic sample market of the generator (seed 42, the shipped sample uses 2023–2025).
func sampleMarket(from: String = "2023-01-03", to: String = "2025-12-31") -> MarketSeries {
    SampleMarketGenerator(seed: 42).generate(from: day(from), to: day(to)).series
}

@Suite struct EngineArchiveTests {
    @Test func archivesEngineRunsAndExportsThemRowForRow() throws {
        let market = sampleMarket()
        #expect(market.days.count == 752)
        let runs = StrategyEngine().runAll(series: market)
        let archive = try OutcomeArchive.create(at: temporaryPath())
        try archive.write(runs, info: testInfo, schema: testSchema)
        #expect(try archive.integrityCheck() == "ok")
        #expect(try archive.foreignKeyViolations() == [])
        #expect(try archive.rowCount() == 2_256)
        #expect(try archive.allHedges().count > 0)
        #expect(try archive.allFirings(profile: .steward).contains { $0.text("rule_id") == RuleID.alvhLayer2.rawValue })
        #expect(try archive.allTrades().count == runs.reduce(0) { $0 + $1.trades.count })
        #expect(
            try archive.allFirings().count == runs.reduce(0) { $0 + $1.records.reduce(0) { $0 + $1.firings.count } })
        for run in runs {
            let fired = run.records.reduce(0) { $0 + $1.firings.filter { $0.id == .entry }.count }
            let stored = try archive.allFirings(profile: run.profile).filter {
                $0.text("rule_id") == RuleID.entry.rawValue
            }
            #expect(stored.count == fired)
        }

        let rows = try archive.allRows()
        let table = parseCSV(ArchiveExport.csv(rows))
        let header = try #require(table.first)
        #expect(table.count == rows.count + 1)
        for (fields, row) in zip(table.dropFirst(), rows) {
            let texts = Dictionary(
                uniqueKeysWithValues: zip(
                    header, zip(StoredTable.dayOutcome.columns, fields).map { $1.isEmpty && $0.nullable ? nil : $1 }))
            #expect(try outcomeRow(fromTexts: texts) == row)
        }
    }

    @Test func appendingTheNewTailOfLongerRunsEqualsAFullWrite() throws {
        let engine = StrategyEngine()
        let market = sampleMarket()
        let shortRuns = engine.runAll(series: MarketSeries(days: Array(market.days.prefix(500)), events: market.events))
        let longRuns = engine.runAll(series: market)

        let fullPath = temporaryPath()
        let full = try OutcomeArchive.create(at: fullPath)
        try full.write(longRuns, info: testInfo, schema: testSchema)

        let working = try OutcomeArchive.create(at: temporaryPath())
        try working.write(shortRuns, info: testInfo, schema: testSchema)
        #expect(try working.appendNewDays(from: longRuns, info: testInfo, schema: testSchema) == 252 * 3)
        #expect(try working.appendNewDays(from: longRuns, info: testInfo, schema: testSchema) == 0)
        #expect(try working.allRows() == full.allRows())
        #expect(try working.allFirings() == full.allFirings())
        #expect(try working.allHedges() == full.allHedges())
        #expect(try working.allTrades() == full.allTrades())

        let copyPath = temporaryPath()
        try working.canonicalCopy(to: copyPath).close()
        try full.close()
        #expect(bytes(fullPath).count > 65_536)
        #expect(bytes(copyPath) == bytes(fullPath))
    }

    /// Measures the archive on about 9,000 sessions × 3 profiles; runs only with `ARCHIVE_BENCHMARK=1`.
    ///
    /// Each figure is the fastest of three runs (`swift test -c release -Xswiftc -enable-testing
    /// --filter benchmarkNineThousandSessions`). "rows from records" is what the site build does
    /// before each export: one ``ArchiveRow`` per day record, in the archive's order.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ARCHIVE_BENCHMARK"] == "1"))
    func benchmarkNineThousandSessions() throws {
        let clock = ContinuousClock()
        func fastest(_ body: () throws -> Void) rethrows -> Duration {
            var times: [Duration] = []
            for _ in 0..<3 { times.append(try clock.measure(body)) }
            return times.min() ?? .zero
        }
        var runs: [ProfileRun] = []
        let market = sampleMarket(from: "1990-01-02", to: "2025-08-29")
        let engineTime = clock.measure { runs = StrategyEngine().runAll(series: market) }
        var built: [ArchiveRow] = []
        let rowsTime = fastest {
            built = []
            built.reserveCapacity(market.days.count * runs.count)
            for offset in market.days.indices {
                for run in runs { built.append(ArchiveRow(day: run.records[offset], schema: testSchema)) }
            }
        }
        let contentTime = try fastest { _ = try ArchiveContent(runs: runs.map(ArchiveRun.init), schema: testSchema) }
        let path = temporaryPath()
        let writeTime = try fastest {
            let created = try OutcomeArchive.create(at: path)
            try created.write(runs, info: testInfo, schema: testSchema)
            try created.close()
        }
        let opened = try OutcomeArchive.open(at: path)
        var rows: [ArchiveRow] = []
        let readTime = try fastest { rows = try opened.allRows() }
        #expect(built == rows)
        var csv = ""
        var json = ""
        let csvTime = fastest { csv = ArchiveExport.csv(rows) }
        let jsonTime = fastest { json = ArchiveExport.json(rows) }
        let copyTime = try fastest { try opened.canonicalCopy(to: temporaryPath()).close() }
        var integrity = ""
        let integrityTime = try fastest { integrity = try opened.integrityCheck() }
        #expect(integrity == "ok")
        try opened.close()
        print(
            """
            archive benchmark: \(rows.count) rows, \(bytes(path).count) bytes, CSV \(csv.utf8.count) bytes, \
            JSON \(json.utf8.count) bytes
              engine (3 profiles)       \(engineTime)
              rows from records         \(rowsTime)
              ArchiveContent            \(contentTime)
              create + write + close    \(writeTime)
              allRows                   \(readTime)
              CSV export                \(csvTime)
              JSON export               \(jsonTime)
              canonicalCopy             \(copyTime)
              integrity_check           \(integrityTime)
            """)
        #expect(rows.count == market.days.count * 3)
    }
}
