import MarketData
import Publishing
import Testing

@testable import Strategy

/// The outcome for day t depends only on data dated t or earlier.
@Suite("No look-ahead")
struct NoLookAheadTests {
    @Test(arguments: [UInt64(2), 19])
    func recordsUpToADateDoNotDependOnLaterData(seed: UInt64) {
        let full = TestMarkets.generated(seed: seed, sessions: 900)
        let fullRuns = EngineTestSupport.engine.runAll(series: full)
        for cut in [36, 250, 377, 611] {
            let prefix = full.clipped(from: nil, to: full.days[cut - 1].date)
            #expect(prefix.days.count == cut)
            let prefixRuns = EngineTestSupport.engine.runAll(series: prefix)
            for (short, long) in zip(prefixRuns, fullRuns) {
                #expect(short.records == Array(long.records.prefix(cut)), "\(short.profile) cut at \(cut)")
                #expect(
                    OutcomeExport.json(short.records, wording: RuleExplanation.wording)
                        == OutcomeExport.json(Array(long.records.prefix(cut)), wording: RuleExplanation.wording))
                let closedEarly = long.trades.filter { $0.closeDate <= prefix.days[cut - 1].date }
                #expect(short.trades == closedEarly)
            }
        }
    }

    @Test func eventsAfterTheEndDoNotChangeEarlierDaysBeyondTheirSchedule() {
        // The event schedule is known in advance: an event listed for a later date may tighten the
        // band the session before it, but adding days of prices after it changes nothing earlier.
        var series = TestMarkets.generated(seed: 8, sessions: 300, events: false)
        series.events = [MarketEvent(date: series.days[120].date, name: "CPI", kind: .cpi)]
        let full = EngineTestSupport.engine.run(series: series, profile: .steward)
        let prefix = EngineTestSupport.engine.run(
            series: series.clipped(from: nil, to: series.days[119].date), profile: .steward)
        #expect(prefix.records == Array(full.records.prefix(120)))
        #expect(full.records[119].signals.upcomingEvents.map(\.name) == ["CPI"])
    }
}
