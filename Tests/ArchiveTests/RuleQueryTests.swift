import MarketData
import Strategy
import Testing

@testable import Archive

/// 30 sessions from 2023-12-20 (to 2024-02-02), with hand-placed firings.
///
/// Steward equity rises 1,000 USD a session and its
/// stop-loss fires on sessions 2, 10 (twice) and 26; the promoter's fires on session 4, five
/// sessions before its only dip (95,000 on session 9); every profile enters on session 0.
func ruleScenario() -> (dates: [CalendarDate], runs: [ArchiveRun]) {
    let dates = sessions(30, from: day("2023-12-20"))
    let steward = dates.enumerated().map { index, date in
        var firings: [RuleFiring] = index == 0 ? [firing(.entry)] : []
        if [2, 26].contains(index) { firings.append(firing(.stopLoss)) }
        if index == 10 { firings += [firing(.stopLoss, "first"), firing(.entry), firing(.stopLoss, "second")] }
        return makeDay(date, .steward, equity: 100_000 + 1_000 * Double(index), firings: firings)
    }
    let promoter = dates.enumerated().map { index, date in
        let firings: [RuleFiring] = index == 0 ? [firing(.entry)] : index == 4 ? [firing(.stopLoss)] : []
        return makeDay(date, .promoter, equity: index == 9 ? 95_000 : 100_000, firings: firings)
    }
    let statics = dates.enumerated().map { index, date in
        makeDay(date, .staticBaseline, firings: index == 0 ? [firing(.entry)] : [])
    }
    return (
        dates,
        [
            ArchiveRun(profile: .steward, days: steward), ArchiveRun(profile: .promoter, days: promoter),
            ArchiveRun(profile: .staticBaseline, days: statics),
        ]
    )
}

@Suite struct RuleQueryTests {
    let dates: [CalendarDate]
    let archive: OutcomeArchive

    init() throws {
        let scenario = ruleScenario()
        dates = scenario.dates
        archive = try writtenArchive(scenario.runs)
    }

    @Test func countsFiringsAndDaysPerProfileWithFirstAndLastDate() throws {
        let summary = try archive.ruleSummary(.stopLoss)
        #expect(summary.rule == .stopLoss)
        #expect(summary.profiles.map(\.profile) == [.steward, .promoter, .staticBaseline])
        #expect(
            summary.count(for: .steward)
                == RuleProfileCount(profile: .steward, firings: 4, days: 3, firstDate: dates[2], lastDate: dates[26]))
        #expect(
            summary.count(for: .promoter)
                == RuleProfileCount(profile: .promoter, firings: 1, days: 1, firstDate: dates[4], lastDate: dates[4]))
        #expect(
            summary.count(for: .staticBaseline)
                == RuleProfileCount(profile: .staticBaseline, firings: 0, days: 0, firstDate: nil, lastDate: nil))
        #expect(summary.totalFirings == 5)
        #expect(dates[26] == day("2024-01-30"))
    }

    @Test func summarisesEveryRuleIncludingThoseThatNeverFired() throws {
        let summaries = try archive.ruleSummaries()
        #expect(summaries.map(\.rule) == RuleID.allCases)
        let entry = try #require(summaries.first { $0.rule == .entry })
        #expect(entry.profiles.map(\.firings) == [2, 1, 1])
        #expect(entry.count(for: .steward).lastDate == dates[10])
        let layer2 = try #require(summaries.first { $0.rule == .alvhLayer2 })
        #expect(layer2.totalFirings == 0)
        #expect(layer2.profiles.count == 3)
    }

    @Test func listsEveryFiringByDateProfileAndSequence() throws {
        let firings = try archive.firings(of: .stopLoss)
        #expect(firings.map(\.date) == [dates[2], dates[4], dates[10], dates[10], dates[26]])
        #expect(firings.map(\.profile) == [.steward, .promoter, .steward, .steward, .steward])
        #expect(firings.filter { $0.date == dates[10] }.map(\.explanation) == ["first", "second"])
        #expect(firings.filter { $0.date == dates[10] }.map(\.sequence) == [0, 2])
        #expect(try archive.firings(of: .stopLoss, profile: .promoter).map(\.date) == [dates[4]])
        #expect(try archive.dates(of: .stopLoss, profile: .steward) == [dates[2], dates[10], dates[26]])
        #expect(try archive.dates(of: .stopLoss, profile: .staticBaseline) == [])
    }

    @Test func averagesTheEquityChangeAfterEachFiringDay() throws {
        let follow = try archive.followThrough(of: .stopLoss)
        #expect(follow.map(\.profile) == [.steward, .promoter])
        let steward = try #require(follow.first)
        // Sessions 2 and 10 have a fifth session after them (26 doesn't): 102k→107k and 110k→115k.
        let five = (107_000.0 / 102_000 - 1 + 115_000.0 / 110_000 - 1) / 2 * 100
        #expect(steward.change(after: 5) == EquityChange(sessions: 5, samples: 2, meanPercent: 4.723708))
        #expect(abs(five - 4.723708) < 5e-7)
        // Only session 2 has a twentieth: 102k→122k.
        #expect(steward.change(after: 20) == EquityChange(sessions: 20, samples: 1, meanPercent: 19.607843))
        let promoter = try #require(follow.last)
        #expect(promoter.change(after: 5) == EquityChange(sessions: 5, samples: 1, meanPercent: -5))
        #expect(promoter.change(after: 20) == EquityChange(sessions: 20, samples: 1, meanPercent: 0))
    }

    @Test func reportsNoSamplesWhenTheHorizonIsBeyondTheArchive() throws {
        let follow = try archive.followThrough(of: .stopLoss, horizons: [1, 40])
        let steward = try #require(follow.first)
        // (103/102 − 1 + 111/110 − 1 + 127/126 − 1) / 3 × 100 = (0.980392 + 0.909091 + 0.793651) / 3.
        #expect(steward.change(after: 1) == EquityChange(sessions: 1, samples: 3, meanPercent: 0.894378))
        #expect(steward.change(after: 40) == EquityChange(sessions: 40, samples: 0, meanPercent: nil))
    }

    @Test func computesEveryRuleAtOnce() throws {
        let all = try archive.followThroughByRule()
        #expect(Set(all.keys) == [.entry, .stopLoss])
        #expect(all[.stopLoss] == (try archive.followThrough(of: .stopLoss)))
        #expect(all[.entry]?.map(\.profile) == [.steward, .promoter, .staticBaseline])
        #expect(all[.entry]?.last?.change(after: 5)?.meanPercent == 0)
    }
}
