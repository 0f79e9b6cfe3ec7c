import Foundation
import MarketData
import OptionMath
import Testing

@testable import Publishing
@testable import Strategy

/// Hand-made markets whose outcome can be worked out: a VIX spike, a slow grind, expiry in the money.
@Suite("Scenarios")
struct ScenarioTests {
    /// 40 calm sessions (SPX 2000, VIX 15), then the VIX jumps to 37 and the SPX dips to 1980.
    static let spike = TestMarkets.scenario(
        spx: Array(repeating: 2000.0, count: 40) + Array(repeating: 1980.0, count: 5),
        vix: Array(repeating: 15.0, count: 40) + Array(repeating: 37.0, count: 5))

    @Test func calmEntryOnTheThirtySixthSession() throws {
        let run = EngineTestSupport.engine.run(series: Self.spike, profile: .steward)
        #expect(run.records[..<35].allSatisfy { $0.warmup && $0.rules.isEmpty })
        let entry = run.records[35]
        #expect(entry.rules == [.entry, .capitalAllocation])
        let p = try #require(entry.position)
        #expect(p.legs.map(\.strike) == [1865, 1905, 2070, 2110])
        #expect(p.expiration.iso == "2015-04-02")  // Good Friday 2015-04-03: the Thursday before
        #expect(p.wingWidth == 40 && p.dte == 37)
        #expect(abs(p.maxLoss - 30_000) < 1e-6)
        #expect(abs(entry.cash - (100_000 - 4 * p.contracts * 10.65)) < 1e-9)
        // Short strikes are the grid strikes with model delta nearest 0.16.
        let shortPut = try #require(p.leg(.put, .short)), shortCall = try #require(p.leg(.call, .short))
        #expect(abs(shortPut.delta + 0.16) < 0.03 && abs(shortCall.delta - 0.16) < 0.03)
        #expect(
            entry.explanations[0]
                == "Opened 9.44 iron condors expiring 2015-04-02 (37 days), puts 1,865/1,905 and calls 2,070/2,110, "
                + "for a credit of 8.23 index points per condor on a wing of 40 points, with the SPX at 2,000.00 and the "
                + "VIX at 15.00.")
        #expect(
            entry.explanations[1]
                == "Risking 30 % of 100,000.00 USD cash at 3,177.33 USD maximum loss per contract gives 9.44 contracts."
        )
    }

    @Test func spikeActivatesBothLayersBuysHedgesAndRebuilds() throws {
        let run = EngineTestSupport.engine.run(series: Self.spike, profile: .steward)
        let before = run.records[39], day = run.records[40]
        #expect(day.date.iso == "2015-03-03")
        #expect(
            Array(day.rules.prefix(6)) == [
                .alvhLayer1, .alvhLayer2, .entry, .timeShift, .alvhWiden, .capitalAllocation,
            ])
        #expect(day.layer == 2)

        // Hedges: long strike round(37 × 1.1) = 41, short 51, Black-76 on the model forward, on the VIX
        // expiration nearest 30 days: 2015-03-18 is 15 days away, 2015-04-15 is 43 (13 from the target).
        let expiration = try #require(CalendarDate(iso: "2015-04-15"))
        #expect(VIXExpirations.expirations(onOrAfter: day.date, limit: 2).map(\.iso) == ["2015-03-18", "2015-04-15"])
        let decay: Double = exp(-4 * 43.0 / 365)
        let forward: Double = 19 + 18 * decay
        let years = 43.0 / 365
        let long = Black76.price(type: .call, forward: forward, strike: 41, years: years, volatility: 0.9, rate: 0.02)
        let short = Black76.price(type: .call, forward: forward, strike: 51, years: years, volatility: 0.9, rate: 0.02)
        let premium = long - short
        #expect(day.hedges.count == 2)
        let first = day.hedges[0], second = day.hedges[1]
        #expect(first.layer == 1 && second.layer == 2)
        #expect(first.status == .opened && second.status == .opened)
        #expect(first.longStrike == 41 && first.shortStrike == 51 && first.expiration == expiration)
        #expect(abs(first.premium - premium) < 1e-12 && abs(first.forward - forward) < 1e-12)
        let cash1 = before.cash
        #expect(abs(first.contracts - 0.005 * cash1 / (premium * 100)) < 1e-9)
        let paid1 = premium * 100 * first.contracts + 2 * first.contracts * 10.65
        #expect(abs(second.contracts - 0.005 * (cash1 - paid1) / (premium * 100)) < 1e-9)
        #expect(
            day.explanations[0]
                == "The VIX closed at 37.00, at or above 18, so ALVH layer 1 activates and buys "
                + "\(ExplanationNumbers.contracts(first.contracts)) VIX 41/51 call spreads expiring \(expiration.iso) at "
                + "\(ExplanationNumbers.points(premium)) VIX points per spread.")

        // Rebuild: the old condor closed with reason alvh-layer-2, the new one time-shifted and widened.
        let trade = try #require(run.trades.first { $0.closeDate == day.date })
        #expect(trade.reason == .alvhLayer2 && trade.closeDate == day.date && trade.openDate == run.records[35].date)
        let p = try #require(day.position)
        #expect(p.layer == 2 && p.openDate == day.date)
        #expect(p.expiration.iso == "2015-03-20" && p.dte == 17)  // 17 days is nearer 14 than 10
        let widen = try #require(day.firing(.alvhWiden))
        let factor = (37.0 / 18).squareRoot()
        #expect(abs((widen.input("factor") ?? 0) - factor) < 1e-12)
        let putBefore = try #require(widen.input("shortPutBefore")),
            callBefore = try #require(widen.input("shortCallBefore"))
        #expect(p.leg(.put, .short)?.strike == StrikeGrid.snap(1980 - (1980 - putBefore) * factor, step: 5))
        #expect(p.leg(.call, .short)?.strike == StrikeGrid.snap(1980 + (callBefore - 1980) * factor, step: 5))
        #expect(p.legs.map(\.strike) == [1720, 1760, 2150, 2190])
        #expect(
            day.firing(.entry)?.explanation.hasPrefix("Rebuilding under layer 2 after closing the old condor at ")
                == true)

        // Cash: the hedges and the closed condor's realised P&L, its closing and the new opening costs.
        let closing = 4 * trade.contracts * 10.65
        let paid2 = premium * 100 * second.contracts + 2 * second.contracts * 10.65
        let realised = (trade.credit - trade.closingCost) * 100 * trade.contracts - closing
        #expect(abs(day.cash - (cash1 - paid1 - paid2 + realised - p.costs)) < 1e-6)
        #expect(abs(day.equity - (day.cash + first.value + second.value)) < 1e-6)
    }

    @Test func spikeWithoutHedgesForThePromoterAndNothingForStatic() throws {
        let runs = EngineTestSupport.engine.runAll(series: Self.spike)
        let promoter = runs[1].records[40], fixed = runs[2].records[40]
        #expect(
            Array(promoter.rules.prefix(6)) == [
                .alvhLayer1, .alvhLayer2, .entry, .timeShift, .alvhWiden, .capitalAllocation,
            ])
        #expect(promoter.hedges.isEmpty)
        #expect(promoter.explanations[0] == "The VIX closed at 37.00, at or above 18, so ALVH layer 1 activates.")
        #expect(fixed.rules.isEmpty && fixed.layer == 0)
        #expect(fixed.position?.openDate == runs[2].records[35].date)
    }

    /// Calm warm-up, then the SPX falls 0.6 % a session with the VIX unchanged.
    static let grind: MarketSeries = {
        var spx = Array(repeating: 2000.0, count: 36)
        for _ in 0..<25 { spx.append(((spx[spx.count - 1] * 0.994) * 100).rounded() / 100) }
        return TestMarkets.scenario(spx: spx, vix: Array(repeating: 15.0, count: spx.count))
    }()

    @Test func slowGrindThroughTheShortPutRecenters() throws {
        let run = EngineTestSupport.engine.run(series: Self.grind, profile: .steward)
        let index = try #require(run.records.firstIndex { $0.rules.contains(.breakevenBreach) })
        let day = run.records[index], previous = run.records[index - 1]
        let oldLow = try #require(previous.position?.breakevens.first)
        #expect(day.spot < oldLow && previous.spot >= oldLow)
        #expect(day.date.iso == "2015-03-09" && day.spot == 1894.56)
        #expect(day.rules == [.breakevenBreach, .entry, .capitalAllocation])
        #expect(
            day.explanations[0]
                == "The SPX at 1,894.56 is below the lower break-even of 1,896.77, so the condor closes at "
                + "\(ExplanationNumbers.points(run.trades[0].closingCost)) index points per condor and is recentered.")
        #expect(day.explanations[1].hasPrefix("Recentering, opened "))
        let p = try #require(day.position)
        #expect(p.openDate == day.date && p.leg(.put, .short).map { $0.strike < day.spot } == true)
        #expect(run.trades[0].reason == .breakevenBreach && run.trades[0].closeDate == day.date)
        // The static baseline holds on and is stopped out instead.
        let fixed = EngineTestSupport.engine.run(series: Self.grind, profile: .staticBaseline)
        #expect(!fixed.records.contains { $0.rules.contains(.breakevenBreach) })
        #expect(fixed.trades.first?.reason == .stopLoss)
    }

    /// A configuration that holds the condor to expiration: no stop, no time exit, an unreachable target.
    static var holdToExpiry: EngineParameters {
        var configuration = EngineParameters.defaults
        configuration.strategy.stopMultiple = 100
        configuration.strategy.exitDTE = 0
        configuration.strategy.profitTarget = 0.99
        return configuration
    }

    /// Calm warm-up; from the entry the SPX slides to 1885 (between the 1865 and 1905 puts) and stays.
    static func slideToExpiry(dropping dropped: CalendarDate? = nil) -> MarketSeries {
        var spx = Array(repeating: 2000.0, count: 36)
        for step in 1...15 { spx.append(2000 - 115 * Double(step) / 15) }
        spx += Array(repeating: 1885.0, count: 30)
        let series = TestMarkets.scenario(spx: spx, vix: Array(repeating: 15.0, count: spx.count))
        guard let dropped else { return series }
        return MarketSeries(days: series.days.filter { $0.date != dropped }, events: series.events)
    }

    @Test func expirySettlesInTheMoneyAtIntrinsicValueWithoutCosts() throws {
        let engine = StrategyEngine(parameters: Self.holdToExpiry)
        let run = engine.run(series: Self.slideToExpiry(), profile: .staticBaseline)
        let index = try #require(run.records.firstIndex { $0.rules.contains(.expiry) })
        let day = run.records[index], before = run.records[index - 1]
        #expect(day.date.iso == "2015-04-02")
        #expect(day.rules == [.expiry] && day.position == nil)
        let trade = try #require(run.trades.first)
        #expect(trade.reason == .expiry && trade.closingCost == 20)  // 1905 − 1885
        let firing = try #require(day.firing(.expiry))
        #expect(firing.input("settlement") == 20 && firing.input("spot") == 1885)
        let gross = (trade.credit - 20) * 100 * trade.contracts
        #expect(abs(day.cash - (before.cash + gross)) < 1e-9)  // no closing costs at settlement
        #expect(abs(trade.pnl - (gross - 4 * trade.contracts * 10.65)) < 1e-9)
        #expect(trade.costs == 4 * trade.contracts * 10.65)
        #expect(
            firing.explanation
                == "The 2015-04-02 condor settled at its intrinsic value of 20.00 index points per condor with the SPX at "
                + "1,885.00 against the \(ExplanationNumbers.points(trade.credit))-point credit, a net result of "
                + "\(ExplanationNumbers.usd(trade.pnl)) in all after costs."
        )
        // Flat until the next session (2015-04-03 is Good Friday): entry on 2015-04-06.
        #expect(run.records[index + 1].date.iso == "2015-04-06")
        #expect(run.records[index + 1].rules.first == .entry)
    }

    @Test func expiryMissingFromTheDataSettlesOnTheNextTradingDay() throws {
        let missing = try #require(CalendarDate(iso: "2015-04-02"))
        let engine = StrategyEngine(parameters: Self.holdToExpiry)
        let run = engine.run(series: Self.slideToExpiry(dropping: missing), profile: .staticBaseline)
        let index = try #require(run.records.firstIndex { $0.rules.contains(.expiry) })
        #expect(run.records[index].date.iso == "2015-04-06")
        #expect(run.records[index].position == nil)
        #expect(run.trades.first?.closingCost == 20 && run.trades.first?.closeDate.iso == "2015-04-06")
        #expect(run.records[index + 1].rules.first == .entry)
    }

    @Test func zeroWholeContractsIsRefusedAndRetriedEachSession() {
        var configuration = EngineParameters.defaults
        configuration.strategy.wholeContracts = true
        configuration.strategy.startingCapital = 5_000
        let run = StrategyEngine(parameters: configuration).run(series: Self.spike, profile: .staticBaseline)
        for record in run.records[35...] {
            #expect(record.rules == [.capitalAllocation] && record.position == nil)
        }
        #expect(
            run.records[35].explanations
                == [
                    "No condor opened: risking 30 % of 5,000.00 USD cash at 3,177.33 USD maximum loss per contract "
                        + "gives 0.47 contracts, which rounds down to zero, so the next session tries again."
                ])
        #expect(run.trades.isEmpty && run.records.last?.cash == 5_000)
    }
}

/// Which VIX future prices a hedge: its own expiration's, from `vix_futures.csv`, else the model.
@Suite("VIX hedge forwards")
struct VIXHedgeForwardTests {
    /// A day with both futures, 2015-03-03: VX1 is the 2015-03-18 contract, VX2 the 2015-04-15 one.
    private func market(vx1: Double?, vx2: Double?) throws -> DayMarket {
        let date = try #require(CalendarDate(iso: "2015-03-03"))
        let day = TradingDay(date: date, spx: 2000, vix: 20, vx1: vx1, vx2: vx2)
        return DayMarket(day: day, model: ModelParameters())
    }

    @Test("the front expiration takes VX1, the next VX2, a later one and a missing future the model")
    func forwardOfEachExpiration() throws {
        let front = try #require(CalendarDate(iso: "2015-03-18"))
        let next = try #require(CalendarDate(iso: "2015-04-15"))
        let later = try #require(CalendarDate(iso: "2015-05-20"))
        let quoted = try market(vx1: 21.5, vx2: 22.25)
        #expect(quoted.vixForward(expiration: front) == 21.5)
        #expect(quoted.vixForward(expiration: next) == 22.25)
        let model = VIXForwardModel(longRunMean: 19, meanReversionSpeed: 4)
        #expect(quoted.vixForward(expiration: later) == model.forward(vix: 20, years: 78.0 / 365))
        let frontOnly = try market(vx1: 21.5, vx2: nil)
        #expect(frontOnly.vixForward(expiration: next) == model.forward(vix: 20, years: 43.0 / 365))
    }
}
