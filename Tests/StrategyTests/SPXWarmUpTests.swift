import Foundation
import MarketData
import Testing

@testable import Strategy

/// SPX closes before the first VIX close warm up realised volatility, and nothing else.
@Suite("SPX warm-up closes")
struct SPXWarmUpTests {
    /// 60 SPX-only sessions, then 120 trading days of a generated market.
    static let extra = 60
    static let market = TestMarkets.generated(seed: 11, sessions: 180)
    /// The generated market with its first 60 sessions' VIX removed: their SPX closes are warm-up.
    static let withWarmUp = MarketSeries(
        days: Array(market.days.dropFirst(extra)), events: market.events,
        spxWarmUp: market.days.prefix(extra).map { DatedClose(date: $0.date, close: $0.spx) })
    /// The same trading days without the SPX-only closes.
    static let withoutWarmUp = MarketSeries(days: Array(market.days.dropFirst(extra)), events: market.events)

    /// Realised volatility by hand: the sample standard deviation of the 20 log returns that end
    /// on `closes.last`, times √252.
    static func handRealisedVol(_ closes: [Double]) -> Double {
        let window = Array(closes.suffix(21))
        var returns: [Double] = []
        for k in 1..<window.count { returns.append(log(window[k] / window[k - 1])) }
        let mean = returns.reduce(0, +) / 20
        let variance = returns.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 19
        return variance.squareRoot() * 252.0.squareRoot()
    }

    @Test("the first trading day has a real 20-day realised volatility, equal to a hand computation")
    func firstDayHasRealisedVol() throws {
        let run = EngineTestSupport.engine.run(series: Self.withWarmUp, profile: .steward)
        let first = try #require(run.records.first)
        let closes = Self.market.days.prefix(Self.extra + 1).map(\.spx)
        let expected = Self.handRealisedVol(closes)
        let value = try #require(first.signals.realisedVol)
        #expect(abs(value - expected) < 1e-12)
        #expect(first.date == Self.market.days[Self.extra].date)
        // Without the warm-up closes there is nothing to compute it from.
        let bare = EngineTestSupport.engine.run(series: Self.withoutWarmUp, profile: .steward)
        #expect(bare.records[0].signals.realisedVol == nil)
        #expect(bare.records[19].signals.realisedVol == nil)
        #expect(bare.records[20].signals.realisedVol != nil)
    }

    @Test("outcomes differ from a run without the warm-up closes only in realised volatility of the first 20 days")
    func onlyRealisedVolChanges() {
        let engine = EngineTestSupport.engine
        let warm = engine.runAll(series: Self.withWarmUp)
        let bare = engine.runAll(series: Self.withoutWarmUp)
        #expect(warm.map(\.records.count) == bare.map(\.records.count))
        for (a, b) in zip(warm, bare) {
            #expect(a.trades == b.trades)
            for (index, (left, right)) in zip(a.records, b.records).enumerated() {
                if index >= 20 {
                    #expect(left == right, "\(a.profile) day \(index) differs")
                } else {
                    var stripped = left
                    stripped.signals.realisedVol = nil
                    #expect(stripped == right, "\(a.profile) day \(index) differs beyond realised volatility")
                    #expect(left.signals.realisedVol != nil)
                }
            }
        }
    }

    @Test("trading still starts on the 36th trading day: the warm-up closes are not sessions")
    func tradingStartsOnThe36thTradingDay() {
        let run = EngineTestSupport.engine.run(series: Self.withWarmUp, profile: .steward)
        #expect(run.records.prefix(35).allSatisfy { $0.warmup })
        #expect(!run.records[35].warmup)
        #expect(run.records[35].firings.contains { $0.id == .entry })
    }

    @Test("no look-ahead: a prefix of the history gives the same records for its days")
    func noLookAhead() {
        let full = EngineTestSupport.engine.runAll(series: Self.withWarmUp)
        for cut in [1, 20, 21, 50] {
            let prefix = Self.withWarmUp.clipped(from: nil, to: Self.withWarmUp.days[cut - 1].date)
            let short = EngineTestSupport.engine.runAll(series: prefix)
            for (a, b) in zip(full, short) {
                #expect(Array(a.records.prefix(cut)) == b.records, "cut \(cut), \(a.profile)")
            }
        }
    }

    @Test("days cut off by a start date warm up realised volatility: its value is the full run's")
    func clippedStartWarmsUp() throws {
        let full = EngineTestSupport.engine.run(series: Self.market, profile: .steward)
        let start = Self.market.days[100].date
        let clipped = Self.market.clipped(from: start, to: nil)
        #expect(clipped.spxWarmUp.count == 100)
        let run = EngineTestSupport.engine.run(series: clipped, profile: .steward)
        for index in 0..<30 {
            #expect(run.records[index].signals.realisedVol == full.records[100 + index].signals.realisedVol)
        }
    }
}
