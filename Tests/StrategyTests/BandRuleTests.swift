import MarketData
import Testing

@testable import Strategy

/// The invariant, its band and the rules that tighten it.
@Suite("Invariant band and band rules")
struct BandRuleTests {
    /// The VIX eases during the warm-up, then rises 0.25 a session while the SPX falls 0.8 % a session.
    static let erosion: MarketSeries = {
        var vix: [Double] = (0..<36).map { 17 - Double($0) * 0.08 }
        var spx = Array(repeating: 2000.0, count: 36)
        for _ in 0..<8 {
            vix.append(vix[vix.count - 1] + 0.25)
            spx.append(spx[spx.count - 1] * 0.992)
        }
        return TestMarkets.scenario(spx: spx, vix: vix)
    }()

    @Test func erosionBeyondTheBandWithMACDConfirmationRecenters() throws {
        let runs = EngineTestSupport.engine.runAll(series: Self.erosion)
        let steward = runs[0]
        // The MACD line crosses its signal on session 36; erosion passes 8 % on session 38.
        #expect(steward.records[36].position.map { $0.erosion < 0 } == true)
        #expect(steward.records[37].position.map { $0.erosion > 0 && $0.erosion < 0.08 } == true)
        let day = steward.records[38]
        #expect(day.rules == [.invariantBand, .macdConfirmation, .entry, .capitalAllocation])
        let band = try #require(day.firing(.invariantBand))
        let previous = try #require(steward.records[37].position)
        #expect(band.input("initialInvariant") == previous.initialInvariant)
        #expect((band.input("erosion") ?? 0) > 0.08 && band.input("band") == 0.08)
        // K = credit × VIX × d with d the distance to the nearest break-even over the spot.
        let credit = previous.credit
        let d = (day.spot - previous.breakevens[0]) / day.spot
        #expect(abs((band.input("invariant") ?? 0) - credit * day.vix * d) < 1e-12)
        #expect(
            band.explanation
                == "The invariant fell from 4.2730 to 3.1849, an erosion of 25.46 % beyond the 8 % band, so the condor "
                + "closes at 7.55 index points per condor and is recentered.")
        #expect(
            day.explanations[1]
                == "The VIX MACD line (−0.425) crossed above its signal line (−0.518) within the last 3 sessions, "
                + "confirming the recenter.")
        #expect(steward.trades.first?.reason == .invariantBand)
        // The promoter's band is 1.5 × 8 % while the VIX is below 15.
        #expect(runs[1].records[38].firing(.invariantBand)?.input("band") == 0.12)
        #expect(runs[1].records[39].position?.band == 0.08)
        // The static baseline ignores the invariant.
        #expect(runs[2].records[38].rules.isEmpty && runs[2].records[38].position?.openDate == runs[2].records[35].date)
    }

    @Test func erosionWithoutMACDConfirmationKeepsTheCondor() {
        // Same SPX path with a flat VIX: its MACD line never rises above its signal line.
        let series = TestMarkets.scenario(spx: Self.erosion.days.map(\.spx), vix: Array(repeating: 15, count: 44))
        let run = EngineTestSupport.engine.run(series: series, profile: .steward)
        #expect(!run.records.contains { $0.rules.contains(.invariantBand) })
        #expect(run.records[38].position.map { $0.erosion > 0.08 } == true)
    }

    static func calm(sessions: Int = 60) -> MarketSeries {
        TestMarkets.scenario(
            spx: Array(repeating: 2000.0, count: sessions), vix: Array(repeating: 15.0, count: sessions))
    }

    @Test func eventOnTheNextSessionTightensTheBand() throws {
        var series = Self.calm()
        series.events = [MarketEvent(date: series.days[45].date, name: "FOMC statement", kind: .fomc)]
        let runs = EngineTestSupport.engine.runAll(series: series)
        let day = runs[0].records[44]
        #expect(day.rules == [.eventWindow])
        #expect(day.position?.band == 0.05)
        #expect(
            day.explanations == [
                "FOMC is scheduled for the next session, \(series.days[45].date.iso), so the band tightens to 5 %."
            ])
        #expect(runs[0].records[45].position?.band == 0.08 && runs[0].records[45].rules.isEmpty)
        #expect(runs[0].records[40].signals.upcomingEvents.map(\.name) == ["FOMC statement"])
        #expect(runs[0].records[39].signals.upcomingEvents.isEmpty)
        // Static reports the band it would use but fires no band rule.
        #expect(runs[2].records[44].rules.isEmpty && runs[2].records[44].position?.band == 0.05)
    }

    @Test func otherEventsDoNotTightenTheBand() {
        var series = Self.calm()
        series.events = [MarketEvent(date: series.days[45].date, name: "Retail sales", kind: .other)]
        let run = EngineTestSupport.engine.run(series: series, profile: .steward)
        #expect(run.records[44].rules.isEmpty && run.records[44].position?.band == 0.08)
        #expect(run.records[44].signals.upcomingEvents.map(\.name) == ["Retail sales"])
    }

    @Test func lastFifteenDaysAreTheThetaWindow() throws {
        var configuration = EngineParameters.defaults
        configuration.strategy.profitTarget = 0.95
        let run = StrategyEngine(parameters: configuration).run(series: Self.calm(), profile: .steward)
        for record in run.records[36...] {
            guard let p = record.position, p.openDate < record.date else { continue }
            #expect(record.rules.contains(.temporalTheta) == (p.dte <= 15), "\(record.date) dte \(p.dte)")
            #expect(p.band == (p.dte <= 15 ? 0.05 : 0.08))
        }
        let first = try #require(run.records.first { $0.rules.contains(.temporalTheta) })
        #expect(
            first.firing(.temporalTheta)?.explanation
                == "\(first.position?.dte ?? 0) days to expiration is within the 15-day theta window, so the band "
                + "tightens to 5 %.")
    }

    @Test func breadthDivergenceTightensTheBand() throws {
        // SPX drifts down, breadth improves, the VIX creeps up: a divergence on every session after enough history.
        let count = 50
        var days: [TradingDay] = []
        for (index, date) in TestMarkets.sessions(count).enumerated() {
            days.append(
                TradingDay(
                    date: date, spx: 2000 - Double(index) * 0.5, vix: 15 + Double(index) * 0.01, advances: 1700,
                    declines: 1300))
        }
        let run = EngineTestSupport.engine.run(series: MarketSeries(days: days), profile: .steward)
        let day = run.records[36]
        #expect(day.rules == [.breadthDivergence])
        #expect(day.signals.breadthDivergent == true && day.position?.band == 0.05)
        let firing = try #require(day.firing(.breadthDivergence))
        #expect(abs((firing.input("spxChange") ?? 0) + 5) < 1e-9 && firing.input("adChange") == 4000)
        #expect(
            firing.explanation
                == "Over 10 sessions the SPX moved −5.00 while the A/D line moved +4,000.00, and the VIX rose 0.05 "
                + "over 5, so the band tightens to 5 %.")
        // On the entry day the band rule is recorded once, after the entry.
        #expect(run.records[35].rules == [.entry, .capitalAllocation, .breadthDivergence])
    }
}
