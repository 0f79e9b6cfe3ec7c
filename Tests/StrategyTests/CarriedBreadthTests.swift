import MarketData
import Testing

@testable import Strategy

/// Breadth figures carried forward from an earlier row are not added to the A/D line.
@Suite("Carried-forward breadth")
struct CarriedBreadthTests {
    @Test("days whose breadth is carried forward have no A/D value and no divergence; earlier days are unchanged")
    func carriedDaysAreUnknown() throws {
        let market = TestMarkets.generated(seed: 5, sessions: 90)
        var stale = market
        let last = market.days[59]
        for index in 60..<90 {
            stale.days[index].advances = last.advances
            stale.days[index].declines = last.declines
            stale.days[index].breadthCarriedFrom = last.date
        }
        let fresh = EngineTestSupport.engine.runAll(series: market)
        let carried = EngineTestSupport.engine.runAll(series: stale)
        for (a, b) in zip(fresh, carried) {
            #expect(Array(a.records.prefix(60)) == Array(b.records.prefix(60)), "\(a.profile)")
            for record in b.records.dropFirst(60) {
                #expect(record.signals.adLine == nil && record.signals.breadthDivergent == nil, "\(record.date)")
                #expect(!record.firings.contains { $0.id == .breadthDivergence }, "\(record.date)")
            }
        }
        #expect(fresh[0].records[70].signals.adLine != nil)
    }
}
