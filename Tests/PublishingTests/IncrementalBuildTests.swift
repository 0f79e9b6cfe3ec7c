import Archive
import Foundation
import MarketData
import Strategy
import Testing

@testable import Publishing

@Suite("Incremental builds and the published archive", .serialized)
struct IncrementalBuildTests {
    @Test("extending a shorter build to a later end date gives the bytes of a fresh full build")
    func extendingMatchesFullBuild() throws {
        var incremental = try SiteFixture(from: "2024-01-02", to: "2024-05-31")
        defer { incremental.remove() }
        incremental.to = CalendarDate(iso: "2024-05-17")
        let first = try incremental.build()
        #expect(first.reused == 0)
        incremental.to = nil
        let second = try incremental.build()
        #expect(second.reused > 0)
        var fresh = incremental
        fresh.outputName = "Fresh"
        _ = try SiteBuilder(
            options: {
                var o = fresh.options; o.full = true; return o
            }()
        ).build()
        let a = try incremental.snapshot()
        let b = try fresh.snapshot()
        #expect(a.keys.sorted() == b.keys.sorted())
        for key in a.keys.sorted() where a[key] != b[key] {
            Issue.record("\(key) differs between the incremental and the full build")
        }
    }

    /// Records an issue for every file that differs between `fixture`'s output and a fresh full
    /// build of the same inputs.
    func expectMatchesFreshBuild(_ fixture: SiteFixture, _ comment: String) throws {
        try expectMatchesFreshBuild(options: fixture.options, comment)
    }

    /// Records an issue for every file that differs between the output of `options` and a fresh
    /// full build of the same inputs.
    func expectMatchesFreshBuild(options: BuildOptions, _ comment: String) throws {
        let output = URL(fileURLWithPath: options.output)
        var fresh = options
        fresh.output = output.deletingLastPathComponent().appendingPathComponent("Fresh-\(UUID().uuidString)").path
        fresh.full = true
        _ = try SiteBuilder(options: fresh).build()
        defer { try? FileManager.default.removeItem(atPath: fresh.output) }
        let a = try SiteFixture.snapshot(of: output)
        let b = try SiteFixture.snapshot(of: URL(fileURLWithPath: fresh.output))
        #expect(a.keys.sorted() == b.keys.sorted(), "\(comment): the file lists differ")
        for key in a.keys.sorted() where a[key] != b[key] && b[key] != nil {
            Issue.record("\(comment): \(key) differs between the incremental and the full build")
        }
    }

    @Test("adding sessions one at a time updates only what changed and stays byte-identical to full builds")
    func appendingDayByDay() throws {
        var fixture = try SiteFixture(from: "2024-01-02", to: "2024-04-30")
        defer { fixture.remove() }
        fixture.to = CalendarDate(iso: "2024-04-25")
        let first = try fixture.build()
        #expect(first.reused == 0 && first.changed == first.files)
        for end in ["2024-04-26", "2024-04-29", "2024-04-30"] {
            fixture.to = CalendarDate(iso: end)
            let summary = try fixture.build()
            // The new briefing (2 files), the previous day's page ("next" link), home, feed,
            // sitemap, the manifest, the archive files and pages, statistics, rules, some terms.
            #expect(summary.changed < 60, "\(end): \(summary.changed) files changed")
            #expect(summary.files == first.files + 2 * (summary.briefings - first.briefings))
            try expectMatchesFreshBuild(fixture, end)
        }
        // The same inputs again change nothing at all.
        let again = try fixture.build()
        #expect(again.changed == 0)
    }

    @Test("a changed session in the middle of the history, and a shorter history, rebuild what they touch")
    func changedHistory() throws {
        var fixture = try SiteFixture(from: "2024-01-02", to: "2024-04-30")
        defer { fixture.remove() }
        try fixture.build()
        let spx = fixture.data.appendingPathComponent("spx.csv")
        var lines = try String(contentsOf: spx, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        // Move one close in March to the day's low (Date,Open,High,Low,Close,Volume): every later
        // record may change.
        let row = try #require(lines.firstIndex { $0.hasPrefix("2024-03-14") })
        var fields = lines[row].split(separator: ",").map(String.init)
        #expect(fields[4] != fields[3])
        fields[4] = fields[3]
        lines[row] = fields.joined(separator: ",")
        try lines.joined(separator: "\n").write(to: spx, atomically: true, encoding: .utf8)
        let changed = try fixture.build()
        #expect(changed.reused > 100, "the briefings before the change are kept")
        #expect(changed.changed > 4, "the briefings of the changed session and the next one are rendered again")
        try expectMatchesFreshBuild(fixture, "changed close")

        fixture.to = CalendarDate(iso: "2024-04-19")
        let shorter = try fixture.build()
        #expect(
            !FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("briefings/2024-04-22").path))
        #expect(shorter.briefings < changed.briefings)
        try expectMatchesFreshBuild(fixture, "shorter history")
    }

    @Test("two builds started together into one output both succeed, one after the other")
    func concurrentBuilds() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-02-29")
        defer { fixture.remove() }
        let options = fixture.options
        let results = ResultList()
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            results.append(Result { try SiteBuilder(options: options).build() })
        }
        let summaries = try results.all.map { try $0.get() }
        #expect(summaries.count == 3)
        // One build wrote the site; the ones that waited for it found nothing to change.
        #expect(summaries.filter { $0.changed == 0 }.count == 2)
        try expectMatchesFreshBuild(fixture, "concurrent builds")
    }

    @Test("editing a definition, a free page or the stylesheet keeps every briefing; a new summary does not")
    func contentEdits() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-03-28")
        defer { fixture.remove() }
        let content = fixture.root.appendingPathComponent("Content")
        let templates = fixture.root.appendingPathComponent("Templates")
        for (source, target) in [("Content", content), ("Templates", templates)] {
            try FileManager.default.copyItem(at: SiteFixture.repository.appendingPathComponent(source), to: target)
        }
        var options = fixture.options
        options.content = content.path
        options.templates = templates.path
        let first = try SiteBuilder(options: options).build()
        let briefingFiles = first.briefings * 2

        func edit(_ url: URL, _ change: (String) -> String) throws {
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
        let vega = content.appendingPathComponent("glossary/vega.md")
        let edits: [(name: String, apply: () throws -> Void)] = [
            ("a definition", { try edit(vega) { $0 + "\nOne more sentence about vega.\n" } }),
            (
                "a free page",
                { try edit(content.appendingPathComponent("pages/about.md")) { $0 + "\nA new paragraph.\n" } }
            ),
            (
                "the stylesheet",
                { try edit(templates.appendingPathComponent("style.css")) { $0 + "\n.extra { color: inherit; }\n" } }
            ),
        ]
        for (name, apply) in edits {
            try apply()
            let summary = try SiteBuilder(options: options).build()
            #expect(summary.reused >= briefingFiles, "\(name): every briefing is kept")
            #expect(summary.changed >= 1 && summary.changed < 10, "\(name): \(summary.changed) files changed")
            try expectMatchesFreshBuild(options: options, name)
        }
        // A term's summary is the title of every link to it: every briefing is rendered again.
        try edit(vega) { $0.replacingOccurrences(of: "summary: How much", with: "summary: By how much") }
        let summary = try SiteBuilder(options: options).build()
        #expect(summary.reused == 0)
        try expectMatchesFreshBuild(options: options, "a summary")
    }

    @Test("a damaged published archive, or exports that end otherwise, are written anew")
    func damagedArchive() throws {
        var fixture = try SiteFixture(from: "2024-01-02", to: "2024-03-28")
        defer { fixture.remove() }
        fixture.to = CalendarDate(iso: "2024-03-26")
        try fixture.build()
        let database = fixture.output.appendingPathComponent("archive/outcomes.sqlite")
        try Data(repeating: 0x41, count: 8192).write(to: database)
        fixture.to = CalendarDate(iso: "2024-03-27")
        try fixture.build()
        try expectMatchesFreshBuild(fixture, "damaged SQLite file")

        let json = fixture.output.appendingPathComponent("archive/outcomes.json")
        try (try Data(contentsOf: json) + Data("junk".utf8)).write(to: json)
        fixture.to = nil
        try fixture.build()
        try expectMatchesFreshBuild(fixture, "damaged JSON")
    }

    @Test("a changed template renders every briefing again")
    func changedInputsInvalidate() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-03-29")
        defer { fixture.remove() }
        let templates = fixture.root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: SiteFixture.repository.appendingPathComponent("Templates"), to: templates)
        var options = fixture.options
        options.templates = templates.path
        _ = try SiteBuilder(options: options).build()
        #expect(try SiteBuilder(options: options).build().reused > 0)
        let briefing = templates.appendingPathComponent("briefing.md.mustache")
        try (String(contentsOf: briefing, encoding: .utf8) + "\nOne more line.\n").write(
            to: briefing, atomically: true, encoding: .utf8)
        let summary = try SiteBuilder(options: options).build()
        #expect(summary.reused == 0)
        #expect(try fixture.read("briefings/2024-03-28/briefing.md").hasSuffix("One more line.\n"))
    }

    @Test("the archive holds one row per day and profile, passes integrity_check and matches its exports")
    func archiveMatchesExports() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-04-30")
        defer { fixture.remove() }
        let summary = try fixture.build()
        let archive = try OutcomeArchive.open(at: fixture.output.appendingPathComponent("archive/outcomes.sqlite").path)
        defer { try? archive.close() }
        #expect(try archive.integrityCheck() == "ok")
        #expect(try archive.rowCount() == summary.briefings * 3)
        #expect(try archive.dayCount() == summary.briefings)
        let rows = try archive.allRows()
        #expect(try fixture.read("archive/outcomes.csv") == ArchiveExport.csv(rows))
        #expect(try fixture.read("archive/outcomes.json") == ArchiveExport.json(rows))
    }
}

/// Results collected from several threads.
final class ResultList: @unchecked Sendable {
    private var results: [Result<BuildSummary, Error>] = []
    private let lock = NSLock()

    func append(_ result: Result<BuildSummary, Error>) {
        lock.lock()
        results.append(result)
        lock.unlock()
    }

    var all: [Result<BuildSummary, Error>] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
