import Foundation
import MarketData
import Strategy
import Testing

@testable import Publishing

/// A build states nothing its inputs could not tell: missing or short optional files are named,
/// defaults and models are said to be defaults and models, and the methodology page lists the
/// inputs of the build at hand.
@Suite("Honest inputs", .serialized)
struct HonestInputsTests {
    /// Any sentence that claims nothing is scheduled ("No FOMC … is scheduled", "no release scheduled").
    static func nothingScheduled() throws -> NSRegularExpression {
        try NSRegularExpression(pattern: #"\bno\b[^.|]*\bscheduled\b"#, options: [.caseInsensitive])
    }

    /// The first claim that nothing is scheduled in a page (HTML is read without its tags, so a
    /// glossary link inside the sentence does not hide it), or nil.
    static func claimOfNothingScheduled(_ page: (path: String, text: String)) throws -> String? {
        let text = page.path.hasSuffix(".html") ? plainText(page.text) : page.text
        let range = NSRange(text.startIndex..., in: text)
        return try nothingScheduled().firstMatch(in: text, range: range).map {
            (text as NSString).substring(with: $0.range)
        }
    }

    /// Every published HTML page and briefing Markdown, by relative path.
    static func pages(_ fixture: SiteFixture) throws -> [(path: String, text: String)] {
        try fixture.snapshot().filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix("briefing.md") }
            .map { (path: $0.key, text: String(decoding: $0.value, as: UTF8.self)) }
            .sorted { $0.path < $1.path }
    }

    /// The text of an HTML page without tags, every run of white space (the narrow no-break space
    /// of percentages included) made one space.
    static func plainText(_ html: String) -> String {
        let untagged = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        return untagged.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Rewrites one data file of a fixture, keeping the header and the rows `keep` accepts.
    static func filter(_ fixture: SiteFixture, _ name: String, keep: (String) -> Bool) throws {
        let url = fixture.data.appendingPathComponent(name)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let kept = [lines[0]] + lines.dropFirst().filter(keep)
        try Data((kept.joined(separator: "\n") + "\n").utf8).write(to: url)
    }

    @Test("without breadth, rates, events or futures no page claims what they would have said")
    func missingOptionalFiles() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-04-30")
        defer { fixture.remove() }
        for name in ["breadth.csv", "rates.csv", "events.csv"] {
            try FileManager.default.removeItem(at: fixture.data.appendingPathComponent(name))
        }
        try fixture.build()
        let pages = try Self.pages(fixture)
        #expect(pages.count > 100)
        for page in pages {
            if let claim = try Self.claimOfNothingScheduled(page) {
                Issue.record("\(page.path) claims nothing is scheduled: \(claim)")
            }
        }
        let briefings = pages.filter { $0.path.hasSuffix("briefing.md") }
        #expect(briefings.count > 80)
        for briefing in briefings {
            let text = briefing.text
            let expected1: String = [
                "No event calendar was supplied (there is no events.csv), so FOMC, CPI and PPI releases in the ",
                "next five sessions are unknown, and the event-window rule cannot tighten the band for them.",
            ].joined()
            #expect(
                text.contains(expected1),
                "\(briefing.path)")
            #expect(
                text.contains(
                    "| A/D line | unknown | no breadth.csv was supplied, so the A/D line and breadth divergence are unknown |"
                ),
                "\(briefing.path)")
            #expect(
                text.contains(
                    "- Risk-free rate: 2.00\u{202F}% a year, the configured default; no rates.csv was supplied.\n"),
                "\(briefing.path)")
            let expected2: String = [
                "- VIX forward for the hedges: modelled from the VIX close, drifting towards θ = 19 at speed κ = 4 ",
                "(configured values); no vix\\_futures.csv was supplied.\n",
            ].joined()
            #expect(
                text.contains(expected2),
                "\(briefing.path)")
        }
        let methodology = Self.plainText(try fixture.read("methodology/index.html"))
        let expected3: String = [
            "The inputs of this edition Generated for this build, from the files it read. The engine evaluated 83 ",
            "trading days, from 2024-01-02 to 2024-04-30. File Layout Rows used First date Last date ",
            "spx.csv Yahoo/Stooq OHLC 83 2024-01-02 2024-04-30 vix.csv Cboe/Yahoo OHLC 83 2024-01-02 2024-04-30 ",
            "Not supplied, and what stands in for them: ",
            "breadth.csv: the A/D line and breadth divergence are unknown, so the breadth-divergence rule never ",
            "tightens the band, and the briefings say so. ",
            "rates.csv: the risk-free rate is the configured default, 2.00 % a year (riskFreeRate), on every day. ",
            "events.csv: release dates are unknown: the event-window rule never tightens the band, and no ",
            "briefing can say whether an FOMC, CPI or PPI release is due. ",
            "vix_futures.csv: the VIX forward for the hedges is modelled from the VIX close, drifting towards ",
            "θ = 19 at speed κ = 4 (vixForwardMean, vixForwardSpeed). ",
            "Option prices are modelled with Black–Scholes–Merton from the VIX close: no option chain is read.",
        ].joined()
        #expect(methodology.contains(expected3))
        let eventRule = Self.plainText(try fixture.read("rules/event-window/index.html"))
        let expected4: String = [
            "Not known in this edition. This edition was built without events.csv, so release dates were unknown and ",
            "this rule could not fire: a day it did not fire is not a day without an FOMC, CPI or PPI release.",
        ].joined()
        #expect(eventRule.contains(expected4))
        let breadthRule = Self.plainText(try fixture.read("rules/breadth-divergence/index.html"))
        #expect(breadthRule.contains("This edition was built without breadth.csv, so the A/D line was unknown"))
        let exported = try fixture.read("archive/outcomes.json")
        #expect(!exported.contains(#""upcoming_events":["#), "the archive lists events without a calendar")
        #expect(exported.contains(#""upcoming_events":null"#))
    }

    @Test("files that start late or end early: the days outside them say what is unknown or carried forward")
    func partialCoverage() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-07-31")
        defer { fixture.remove() }
        try Self.filter(fixture, "events.csv") { $0 < "2024-05-31" }
        try Self.filter(fixture, "rates.csv") { $0 >= "2024-03-01" }
        try Self.filter(fixture, "breadth.csv") { $0.prefix(10) <= "2024-06-28" }
        let events = try String(contentsOf: fixture.data.appendingPathComponent("events.csv"), encoding: .utf8)
        let lastEvent = String(try #require(events.split(separator: "\n").last).prefix(10))
        try fixture.build()

        let july = try fixture.read("briefings/2024-07-15/briefing.md")
        let expected5: String = [
            "The event calendar, events.csv, ends on \(lastEvent), before the next five sessions end: releases after ",
            "that date are unknown.",
        ].joined()
        #expect(july.contains(expected5))
        #expect(!july.contains("No FOMC, CPI or PPI release is scheduled"))
        #expect(
            july.contains(
                "| A/D line | unknown | breadth.csv gives no figures for this day (its latest are dated 2024-06-28), so the A/D line and breadth divergence are unknown |"
            ))
        #expect(july.contains("- Risk-free rate: ") && july.contains("a year, from rates.csv.\n"))

        let february = try fixture.read("briefings/2024-02-15/briefing.md")
        #expect(
            february.contains(
                "- Risk-free rate: 2.00\u{202F}% a year, the configured default; rates.csv starts on 2024-03-01.\n"))
        #expect(!february.contains("The event calendar, events.csv,"))

        // While the calendar covers the whole window, a briefing may say that nothing is due (the
        // matcher finds that sentence in HTML too); once the window passes its end, none does.
        let pages = try Self.pages(fixture).filter { $0.path.hasPrefix("briefings/") }
        let covered = pages.filter { $0.path < "briefings/2024-05" && $0.path.hasSuffix(".html") }
        #expect(try covered.contains { try Self.claimOfNothingScheduled($0) != nil })
        for page in pages where page.path >= "briefings/2024-05-24" {
            #expect(try Self.claimOfNothingScheduled(page) == nil, "\(page.path)")
        }

        let methodology = Self.plainText(try fixture.read("methodology/index.html"))
        let expected6: String = [
            "Files that do not reach every trading day: ",
            "breadth.csv ends on 2024-06-28, before the last trading day (2024-07-31): the A/D line and breadth ",
            "divergence are unknown after it. ",
            "rates.csv starts on 2024-03-01, after the first trading day (2024-01-02): the days before it use ",
            "the configured default rate. ",
            "events.csv starts on 2024-01-10, after the first trading day (2024-01-02): releases before it are unknown. ",
            "events.csv ends on \(lastEvent), before the last trading day (2024-07-31): releases after it are unknown.",
        ].joined()
        #expect(methodology.contains(expected6))
    }

    @Test("a rate carried over a day without one says the file gives none, which a FRED '.' row and a missing row both mean")
    func carriedRate() throws {
        let day = TradingDay(
            date: try #require(CalendarDate(iso: "2024-07-05")), spx: 5500, vix: 12.5, ratePercent: 5.25,
            rateCarriedFrom: try #require(CalendarDate(iso: "2024-07-03")))
        let coverage = InputCoverage(first: try #require(CalendarDate(iso: "2024-01-02")), last: nil)
        #expect(
            BriefingText.rateText(day: day, coverage: coverage, model: ModelParameters())
                == "5.25\u{202F}% a year, from rates.csv on 2024-07-03, carried forward: the file gives no rate for this day.")
    }

    @Test("SPX closes before the first VIX close warm up realised volatility of the first briefing")
    func spxWarmUpInASite() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-06-28")
        defer { fixture.remove() }
        let vix = try String(contentsOf: fixture.data.appendingPathComponent("vix.csv"), encoding: .utf8)
        var lines = vix.split(separator: "\n").map(String.init)
        lines.removeSubrange(1...60)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: fixture.data.appendingPathComponent("vix.csv"))
        try fixture.build()
        let loaded = try MarketDataLoader(directory: fixture.data.path).load()
        let first = try #require(loaded.series.days.first)
        #expect(loaded.series.spxWarmUp.count == 60)
        let firstWarmUp = try #require(loaded.series.spxWarmUp.first?.date)
        let lastWarmUp = try #require(loaded.series.spxWarmUp.last?.date)
        #expect(
            loaded.notes.contains(
                "spx.csv: 60 rows before the first VIX close (\(firstWarmUp) to \(lastWarmUp)) warm up SPX-only indicators"
            ))
        let briefing = try fixture.read("briefings/\(first.date.iso)/briefing.md")
        #expect(briefing.contains("| SPX realised volatility (20 days) | "))
        #expect(!briefing.contains("| SPX realised volatility (20 days) | n/a | not enough history yet |"))
        // The SPX change is measured from the last warm-up close, the session before; the VIX has none.
        let rows = briefing.split(separator: "\n")
        let spxLine = try #require(rows.first { $0.hasPrefix("| SPX | ") })
        let vixLine = try #require(rows.first { $0.hasPrefix("| VIX | ") })
        #expect(!spxLine.hasSuffix("| first day |") && spxLine.hasSuffix("%) |"))
        #expect(vixLine.hasSuffix("| first day |"))
        #expect(
            !FileManager.default.fileExists(
                atPath: fixture.output.appendingPathComponent("briefings/\(firstWarmUp.iso)").path))
        let methodology = Self.plainText(try fixture.read("methodology/index.html"))
        let expected7: String = [
            "60 SPX closes dated before the first VIX close (\(firstWarmUp.iso) to \(lastWarmUp.iso)) warm up realised ",
            "volatility, the one indicator that reads the SPX alone; they are not trading days and have no briefing.",
        ].joined()
        #expect(methodology.contains(expected7))
    }

    @Test("an incremental build re-renders the inputs section when only a file's layout changed")
    func incrementalAfterLayoutChange() throws {
        var fixture = try SiteFixture(from: "2024-01-02", to: "2024-04-30")
        defer { fixture.remove() }
        try fixture.build()
        #expect(
            Self.plainText(try fixture.read("methodology/index.html")).contains(
                " rates.csv Date,Rate 83 2024-01-02 2024-04-30 "))
        let rates = fixture.data.appendingPathComponent("rates.csv")
        let text = try String(contentsOf: rates, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Date,Rate\n", with: "DATE,DTB3\n").utf8).write(to: rates)
        let second = try fixture.build()
        #expect(second.reused > 0)
        #expect(second.changed == 1)  // the methodology page
        let methodology = Self.plainText(try fixture.read("methodology/index.html"))
        #expect(methodology.contains(" rates.csv FRED DTB3 83 2024-01-02 2024-04-30 "))
        let incremental = try fixture.snapshot()
        fixture.outputName = "Fresh"
        var options = fixture.options
        options.full = true
        try SiteBuilder(options: options).build()
        let fresh = try fixture.snapshot()
        #expect(incremental.keys.sorted() == fresh.keys.sorted())
        for key in incremental.keys.sorted() where incremental[key] != fresh[key] {
            Issue.record("\(key) differs between the incremental and the full build")
        }
    }
}
