import Foundation
import MarketData
import Testing

@testable import Publishing

/// Series, a configuration file and a previous manifest for the plan tests.
private struct PlanFixture {
    let folder: URL
    var configuration: String { folder.appendingPathComponent("condorpress.yml").path }
    /// Ten sessions, weekdays from 2024-01-02, with breadth on some days.
    let days: [TradingDay]
    let events = [MarketEvent(date: CalendarDate(daysSinceEpoch: 19_740), name: "FOMC", kind: .fomc)]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("condorpress-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("profile: steward\nwidth: 100\n".utf8).write(to: folder.appendingPathComponent("condorpress.yml"))
        let start = try #require(CalendarDate(iso: "2024-01-02"))
        var days: [TradingDay] = []
        var date = start
        while days.count < 10 {
            if date.isoWeekday <= 5 {
                let index = Double(days.count)
                days.append(
                    TradingDay(
                        date: date, spx: 4_700 + index * 3.25, vix: 13.5 - index / 10,
                        advances: days.count % 3 == 0 ? 1_800 + index : nil,
                        declines: days.count % 3 == 0 ? 1_200 : nil,
                        ratePercent: 5.25))
            }
            date = date.adding(days: 1)
        }
        self.days = days
    }

    /// The series of the first `count` sessions.
    func series(_ count: Int, events: [MarketEvent]? = nil) -> MarketSeries {
        MarketSeries(days: Array(days.prefix(count)), events: events ?? self.events)
    }

    /// The manifest of a build that published all of `series`.
    func manifest(after series: MarketSeries, globalKey: String = "global-1") -> BuildManifest {
        var manifest = BuildManifest()
        manifest.globalKey = globalKey
        manifest.briefingKey = "briefings-1"
        manifest.lastDate = series.days.last?.date
        manifest.dataKey = InputFingerprint.series(series, configuration: configuration)
        return manifest
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

@Suite("Incremental plan")
struct IncrementalPlanTests {
    @Test("without a previous manifest, or with other briefing inputs, the build is a full one")
    func fullBuilds() throws {
        let fixture = try PlanFixture()
        defer { fixture.remove() }
        let series = fixture.series(10)
        let previous = fixture.manifest(after: fixture.series(6))
        #expect(
            IncrementalPlan.make(
                previous: nil, globalKey: "global-1", briefingKey: "briefings-1", series: series, published: 0..<10,
                configuration: fixture.configuration) == nil)
        #expect(
            IncrementalPlan.make(
                previous: previous, globalKey: "global-1", briefingKey: "briefings-2", series: series,
                published: 0..<10,
                configuration: fixture.configuration) == nil)
        #expect(
            IncrementalPlan.make(
                previous: previous, globalKey: "global-1", briefingKey: "", series: series, published: 0..<10,
                configuration: fixture.configuration) == nil)
    }

    @Test("other site inputs with the same briefing inputs keep the briefings but no other page")
    func otherSiteInputs() throws {
        let fixture = try PlanFixture()
        defer { fixture.remove() }
        let previous = fixture.manifest(after: fixture.series(6))
        let plan = try #require(
            IncrementalPlan.make(
                previous: previous, globalKey: "global-2", briefingKey: "briefings-1", series: fixture.series(10),
                published: 0..<10, configuration: fixture.configuration))
        #expect(plan.unchangedBefore == 5)
        #expect(plan.archiveAppendsAfter == fixture.days[5].date)
        #expect(!plan.sameSiteInputs)
        let same = try #require(
            IncrementalPlan.make(
                previous: previous, globalKey: "global-1", briefingKey: "briefings-1", series: fixture.series(10),
                published: 0..<10, configuration: fixture.configuration))
        #expect(same.sameSiteInputs)
    }

    @Test("the key of the first sessions of a longer series equals the key of the shorter series")
    func prefixKeys() throws {
        let fixture = try PlanFixture()
        defer { fixture.remove() }
        for count in 1...10 {
            let short = InputFingerprint.series(fixture.series(count), configuration: fixture.configuration)
            let long = InputFingerprint.series(
                fixture.series(10), configuration: fixture.configuration, through: count - 1)
            #expect(short == long, "first \(count) sessions")
            #expect(short.count == 32)
        }
        let all = InputFingerprint.series(fixture.series(10), configuration: fixture.configuration)
        #expect(InputFingerprint.series(fixture.series(10), configuration: fixture.configuration, through: 9) == all)
        #expect(InputFingerprint.series(fixture.series(10), configuration: fixture.configuration, through: 40) == all)
        #expect(InputFingerprint.series(fixture.series(10), configuration: fixture.configuration, through: 8) != all)
    }

    @Test(
        "when sessions were only appended, briefings before the previous last one are kept and the archive is extended")
    func appendedSessions() throws {
        let fixture = try PlanFixture()
        defer { fixture.remove() }
        let previous = fixture.manifest(after: fixture.series(6))
        for count in 7...10 {
            let plan = try #require(
                IncrementalPlan.make(
                    previous: previous, globalKey: "global-1", briefingKey: "briefings-1",
                    series: fixture.series(count), published: 0..<count,
                    configuration: fixture.configuration))
            #expect(plan.unchangedBefore == 5)
            #expect(plan.archiveAppendsAfter == fixture.days[5].date)
            #expect(plan.previous == previous)
        }
        // A later first published session (`--from`) does not change the indices.
        let clipped = try #require(
            IncrementalPlan.make(
                previous: previous, globalKey: "global-1", briefingKey: "briefings-1", series: fixture.series(10),
                published: 2..<10,
                configuration: fixture.configuration))
        #expect(clipped.unchangedBefore == 5)
        #expect(clipped.archiveAppendsAfter == fixture.days[5].date)
    }

    @Test("a session after the previous last one may change without touching the plan")
    func laterSessionsAreFree() throws {
        let fixture = try PlanFixture()
        defer { fixture.remove() }
        let previous = fixture.manifest(after: fixture.series(6))
        var series = fixture.series(10)
        series.days[6].spx += 100
        series.days[9].vx1 = 15
        let plan = try #require(
            IncrementalPlan.make(
                previous: previous, globalKey: "global-1", briefingKey: "briefings-1", series: series,
                published: 0..<10,
                configuration: fixture.configuration))
        #expect(plan.unchangedBefore == 5)
        #expect(plan.archiveAppendsAfter == fixture.days[5].date)
    }

    @Test("when nothing new was published, every briefing up to the previous last one is kept")
    func nothingNew() throws {
        let fixture = try PlanFixture()
        defer { fixture.remove() }
        let previous = fixture.manifest(after: fixture.series(6))
        let same = try #require(
            IncrementalPlan.make(
                previous: previous, globalKey: "global-1", briefingKey: "briefings-1", series: fixture.series(6),
                published: 0..<6,
                configuration: fixture.configuration))
        #expect(same.unchangedBefore == 6)
        #expect(same.archiveAppendsAfter == fixture.days[5].date)
        // More sessions evaluated, but publishing still ends at the previous last one (`--to`).
        let capped = try #require(
            IncrementalPlan.make(
                previous: previous, globalKey: "global-1", briefingKey: "briefings-1", series: fixture.series(10),
                published: 0..<6,
                configuration: fixture.configuration))
        #expect(capped.unchangedBefore == 6)
        #expect(capped.archiveAppendsAfter == fixture.days[5].date)
    }

    /// Changes to the inputs of the sessions up to the previous last one.
    static let historyChanges: [String] = [
        "an earlier close", "the previous last close", "a breadth value appears", "a breadth value disappears",
        "a rate", "a VIX future appears", "the configuration", "a new event", "an event renamed", "no events",
    ]

    @Test(
        "when the data up to the previous last session changed, every briefing is compared and the archive rewritten",
        arguments: historyChanges)
    func historyChanged(_ change: String) throws {
        let fixture = try PlanFixture()
        defer { fixture.remove() }
        let previous = fixture.manifest(after: fixture.series(6))
        var series = fixture.series(10)
        switch change {
        case "an earlier close": series.days[2].spx += 0.01
        case "the previous last close": series.days[5].vix = 99
        case "a breadth value appears": series.days[1].advances = 1_000
        case "a breadth value disappears": series.days[3].declines = nil
        case "a rate": series.days[4].ratePercent = 5.5
        case "a VIX future appears": series.days[0].vx2 = 16
        case "the configuration":
            try Data("profile: steward\nwidth: 50\n".utf8).write(to: URL(fileURLWithPath: fixture.configuration))
        case "a new event": series.events.append(MarketEvent(date: fixture.days[9].date, name: "CPI", kind: .cpi))
        case "an event renamed": series.events[0].name = "FOMC meeting"
        case "no events": series.events = []
        default: Issue.record("unknown change \(change)")
        }
        let plan = try #require(
            IncrementalPlan.make(
                previous: previous, globalKey: "global-1", briefingKey: "briefings-1", series: series,
                published: 0..<10,
                configuration: fixture.configuration))
        #expect(plan.unchangedBefore == 0)
        #expect(plan.archiveAppendsAfter == nil)
    }

    @Test("when the previous last date is not a session of the series, or not published, history changed")
    func lastDateNotUsable() throws {
        let fixture = try PlanFixture()
        defer { fixture.remove() }
        let series = fixture.series(10)
        var cases: [(String, BuildManifest, Range<Int>)] = []
        var between = fixture.manifest(after: fixture.series(6))
        between.lastDate = fixture.days[3].date.adding(days: 1)
        #expect(between.lastDate?.iso == "2024-01-06")
        cases.append(("a date between sessions", between, 0..<10))
        var later = fixture.manifest(after: fixture.series(10))
        later.lastDate = fixture.days[9].date.adding(days: 7)
        cases.append(("a date after the series", later, 0..<10))
        var earlier = fixture.manifest(after: fixture.series(6))
        earlier.lastDate = fixture.days[0].date.adding(days: -1)
        cases.append(("a date before the series", earlier, 0..<10))
        var none = fixture.manifest(after: fixture.series(6))
        none.lastDate = nil
        cases.append(("no last date", none, 0..<10))
        cases.append(("published ends before it", fixture.manifest(after: fixture.series(6)), 0..<5))
        cases.append(("published starts after it", fixture.manifest(after: fixture.series(6)), 6..<10))
        cases.append(("nothing published", fixture.manifest(after: fixture.series(6)), 0..<0))
        for (name, previous, published) in cases {
            let plan = try #require(
                IncrementalPlan.make(
                    previous: previous, globalKey: "global-1", briefingKey: "briefings-1", series: series,
                    published: published,
                    configuration: fixture.configuration), "\(name)")
            #expect(plan.unchangedBefore == 0, "\(name)")
            #expect(plan.archiveAppendsAfter == nil, "\(name)")
        }
    }

    @Test("index(of:in:) finds first, middle and last sessions and nothing else")
    func indexOfDate() throws {
        let fixture = try PlanFixture()
        defer { fixture.remove() }
        let days = fixture.days
        #expect(IncrementalPlan.index(of: days[0].date, in: []) == nil)
        #expect(IncrementalPlan.index(of: days[0].date, in: days) == 0)
        #expect(IncrementalPlan.index(of: days[9].date, in: days) == 9)
        #expect(IncrementalPlan.index(of: days[0].date.adding(days: -1), in: days) == nil)
        #expect(IncrementalPlan.index(of: days[9].date.adding(days: 1), in: days) == nil)
        #expect(IncrementalPlan.index(of: try #require(CalendarDate(iso: "2024-01-06")), in: days) == nil)
        for count in 1...days.count {
            let prefix = Array(days.prefix(count))
            for (index, day) in prefix.enumerated() {
                #expect(IncrementalPlan.index(of: day.date, in: prefix) == index, "\(index) of \(count)")
            }
            #expect(IncrementalPlan.index(of: days[0].date.adding(days: -3), in: prefix) == nil)
            #expect(IncrementalPlan.index(of: prefix[count - 1].date.adding(days: 1), in: prefix) == nil)
        }
    }
}
