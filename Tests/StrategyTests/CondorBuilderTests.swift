import Foundation
import MarketData
import OptionMath
import Testing

@testable import Strategy

@Suite("Condor construction")
struct CondorBuilderTests {
    static let date = CalendarDate(iso: "2015-02-24") ?? CalendarDate(daysSinceEpoch: 0)

    static func market(spot: Double = 2000, vix: Double = 15, ratePercent: Double? = nil) -> DayMarket {
        DayMarket(day: TradingDay(date: date, spx: spot, vix: vix, ratePercent: ratePercent), model: ModelParameters())
    }

    static func propose(_ market: DayMarket, layer: Int, _ parameters: StrategyParameters = StrategyParameters())
        -> CondorProposal?
    {
        try? CondorBuilder(parameters: parameters).propose(market: market, layer: layer).get()
    }

    @Test func layerZeroCondorOnTheFivePointGrid() throws {
        let market = Self.market()
        let proposal = try #require(Self.propose(market, layer: 0))
        #expect(proposal.expiration.iso == "2015-04-02")
        #expect(proposal.strikes == CondorStrikes(longPut: 1865, shortPut: 1905, shortCall: 2070, longCall: 2110))
        #expect(proposal.wingWidth == 40 && proposal.firings.isEmpty)
        #expect(proposal.credit > 0 && proposal.credit < 40)
        // The short strikes are the grid strikes whose delta is nearest ±0.16.
        let years = market.years(to: proposal.expiration)
        func delta(_ kind: LegKind, _ strike: Double) -> Double {
            abs(abs(market.option(kind, strike: strike, years: years).greeks.delta) - 0.16)
        }
        #expect(delta(.put, 1905) < delta(.put, 1900) && delta(.put, 1905) < delta(.put, 1910))
        #expect(delta(.call, 2070) < delta(.call, 2065) && delta(.call, 2070) < delta(.call, 2075))
        // Credit = short put + short call − long put − long call at model mids.
        let legs = proposal.mark.legs
        #expect(abs(proposal.credit - (legs[1].price + legs[2].price - legs[0].price - legs[3].price)) < 1e-12)
        #expect(legs.map(\.side) == [.long, .short, .short, .long] && legs.map(\.kind) == [.put, .put, .call, .call])
    }

    @Test func layerOneWidensBySquareRootOfVIXOverThreshold() throws {
        let market = Self.market(vix: 22)
        let plain = try #require(Self.propose(market, layer: 0))
        let widened = try #require(Self.propose(market, layer: 1))
        let factor = (22.0 / 18).squareRoot()
        #expect(widened.firings.map(\.id) == [.alvhWiden])
        #expect(widened.strikes.shortPut == ((2000 - (2000 - plain.strikes.shortPut) * factor) / 5).rounded() * 5)
        #expect(widened.strikes.shortCall == ((2000 + (plain.strikes.shortCall - 2000) * factor) / 5).rounded() * 5)
        #expect(
            widened.strikes.shortPut < plain.strikes.shortPut && widened.strikes.shortCall > plain.strikes.shortCall)
        #expect(widened.expiration == plain.expiration)
    }

    @Test func activeLayerBelowTheThresholdNeverNarrows() throws {
        let market = Self.market(vix: 16.5)
        let plain = try #require(Self.propose(market, layer: 0))
        let layered = try #require(Self.propose(market, layer: 1))
        #expect(layered.strikes == plain.strikes)
        #expect(layered.firings.first?.input("factor") == 1)
    }

    @Test func layerTwoTimeShiftsToTheShortExpiration() throws {
        let proposal = try #require(Self.propose(Self.market(vix: 30), layer: 2))
        #expect(proposal.firings.map(\.id) == [.timeShift, .alvhWiden])
        #expect(proposal.expiration == SPXExpirations.closest(toCalendarDays: 14, after: Self.date))
        #expect(proposal.expiration.iso == "2015-03-13")  // 17 days is nearer 14 than 10
    }

    @Test func wingWidthIsTwoPercentOnTheGridAtLeastOneStep() throws {
        #expect(try #require(Self.propose(Self.market(spot: 4321), layer: 0)).wingWidth == 85)
        #expect(try #require(Self.propose(Self.market(spot: 2062.5), layer: 0)).wingWidth == 40)
        #expect(try #require(Self.propose(Self.market(spot: 120), layer: 0)).wingWidth == 5)
    }

    @Test func refusals() {
        let builder = CondorBuilder(parameters: StrategyParameters())
        #expect(throws: EntryRefusal.noStrikes(spot: 6)) {
            try builder.propose(market: Self.market(spot: 6), layer: 0).get()
        }
        var parameters = StrategyParameters()
        parameters.shortDelta = 0.0001
        let result = CondorBuilder(parameters: parameters).propose(market: Self.market(vix: 0.001), layer: 0)
        guard case .failure(.credit(let credit, let wing)) = result else {
            Issue.record("expected a credit refusal, got \(result)")
            return
        }
        #expect(credit <= 0 && wing == 40)
    }

    @Test func dayMarketRate() {
        #expect(abs(Self.market(ratePercent: 5).rate - log(1.05)) < 1e-15)
        #expect(Self.market().rate == 0.02)
        #expect(Self.market().dividendYield == 0.015)
        #expect(abs(Self.market().atmVolatility - 0.1275) < 1e-15)
    }

    @Test func condorIntrinsicValueAndBreakevens() {
        let strikes = CondorStrikes(longPut: 1865, shortPut: 1905, shortCall: 2070, longCall: 2110)
        #expect(strikes.intrinsicValue(spot: 2000) == 0)
        #expect(strikes.intrinsicValue(spot: 1885) == 20)
        #expect(strikes.intrinsicValue(spot: 1700) == 40)
        #expect(strikes.intrinsicValue(spot: 2080) == 10)
        #expect(strikes.intrinsicValue(spot: 2500) == 40)
        #expect(strikes.breakevens(credit: 8) == (1897, 2078))
    }
}

@Suite("Invariant and hedges")
struct InvariantAndHedgeTests {
    @Test func invariantPieces() {
        #expect(abs(Invariant.distance(spot: 2000, breakevens: (1900, 2150)) - 0.05) < 1e-15)
        #expect(abs(Invariant.distance(spot: 1880, breakevens: (1900, 2150)) - (-20.0 / 1880)) < 1e-15)
        #expect(abs(Invariant.value(credit: 8, vix: 15, distance: 0.05) - 6) < 1e-12)
        #expect(abs(Invariant.erosion(current: 4.5, initial: 6) - 0.25) < 1e-15)
        #expect(Invariant.erosion(current: 4.5, initial: 0) == 0)
        #expect(Invariant.erosion(current: 7.5, initial: 6) < 0)
        #expect(abs(Invariant.sigmas(distance: 0.05, atmVolatility: 0.2, years: 0.25) - 0.5) < 1e-12)
        #expect(Invariant.sigmas(distance: 0.05, atmVolatility: 0.2, years: 0) == 0)
    }

    @Test func hedgeStrikesAndSettlement() throws {
        let parameters = StrategyParameters()
        #expect(VIXHedge.strikes(vix: 37, parameters: parameters) == (41, 51))
        #expect(VIXHedge.strikes(vix: 15.45, parameters: parameters) == (17, 27))
        let expiry = try #require(CalendarDate(iso: "2015-04-02"))
        func settle(_ vix: Double) -> Double {
            let market = DayMarket(day: TradingDay(date: expiry, spx: 2000, vix: vix), model: ModelParameters())
            return VIXHedge.value(long: 41, short: 51, expiration: expiry, market: market).price
        }
        #expect(settle(30) == 0 && settle(45) == 4 && settle(70) == 10)
        // Before expiry the forward is the expiration's own future: VX1 ten days before the April
        // 2015 VIX expiration, VX2 a month before it; a date that is no VIX expiration is modelled.
        let april = try #require(CalendarDate(iso: "2015-04-15"))
        let before = DayMarket(
            day: TradingDay(date: april.adding(days: -10), spx: 2000, vix: 30, vx1: 28, vx2: 29), model: ModelParameters())
        #expect(VIXHedge.value(long: 41, short: 51, expiration: april, market: before).forward == 28)
        let monthBefore = DayMarket(
            day: TradingDay(date: april.adding(days: -30), spx: 2000, vix: 30, vx1: 27, vx2: 29), model: ModelParameters())
        #expect(VIXHedge.value(long: 41, short: 51, expiration: april, market: monthBefore).forward == 29)
        // The May contract is the third listed on 2015-03-16: the file has no future for it.
        let may = try #require(CalendarDate(iso: "2015-05-20"))
        #expect(
            VIXHedge.value(long: 41, short: 51, expiration: may, market: monthBefore).forward
                == VIXForwardModel().forward(vix: 30, years: 65.0 / 365))
    }
}
