import MarketData
import Testing

@testable import Strategy

/// The condor a flat day's briefing proposes is the one the rules open.
@Suite("Entry previews")
struct EntryPreviewTests {
    @Test("on a day the steward opened a condor from flat, the preview at that close is that condor")
    func previewIsTheEntry() throws {
        let series = TestMarkets.generated(seed: 5, sessions: 300)
        let engine = StrategyEngine()
        let records = engine.run(series: series, profile: .steward).records
        var checked = 0
        for index in records.indices.dropFirst() {
            let day = records[index], before = records[index - 1]
            guard day.firing(.entry) != nil, before.position == nil, !before.warmup,
                day.firings.allSatisfy({ $0.id != .alvhLayer1 && $0.id != .alvhLayer2 }),
                let position = day.position
            else { continue }
            guard case .condor(let preview) = engine.entryPreview(day: series.days[index], layer: day.layer, cash: before.cash)
            else {
                Issue.record("no preview on \(day.date.iso)")
                continue
            }
            #expect(preview.expiration == position.expiration)
            #expect(preview.strikes.shortPut == position.leg(.put, .short)?.strike)
            #expect(preview.strikes.longCall == position.leg(.call, .long)?.strike)
            #expect(preview.credit == position.credit && preview.contracts == position.contracts)
            #expect(preview.maxLoss == position.maxLoss)
            checked += 1
        }
        #expect(checked > 3)
    }

    @Test("with no cash the preview says why nothing would open")
    func refusal() throws {
        let day = TradingDay(date: try #require(CalendarDate(iso: "2015-02-24")), spx: 2000, vix: 15)
        guard case .refused(let reason) = StrategyEngine().entryPreview(day: day, layer: 0, cash: 0) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(RuleFiring(reason).id == .capitalAllocation)
    }
}
