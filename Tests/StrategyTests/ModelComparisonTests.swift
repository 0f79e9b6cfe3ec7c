import Foundation
import MarketData
import OptionMath
import Testing

@testable import Strategy

/// The model-versus-market figures: one case worked by hand, and a fit that recovers the surface
/// the quotes were made from.
@Suite("Model against market")
struct ModelComparisonTests {
    static let date = CalendarDate(iso: "2024-03-04") ?? CalendarDate(daysSinceEpoch: 0)
    static let expiration = CalendarDate(iso: "2024-04-03") ?? CalendarDate(daysSinceEpoch: 0)

    @Test("two out-of-the-money quotes against the default surface, worked by hand; the in-the-money put is left out")
    func handWorkedCase() throws {
        let day = TradingDay(date: Self.date, spx: 4000, vix: 20)
        let quotes = [
            OptionQuote(expiration: Self.expiration, right: .put, strike: 3800, bid: 19.5, ask: 20.5, impliedVolatility: 0.25),
            OptionQuote(expiration: Self.expiration, right: .call, strike: 4200, bid: 4.9, ask: 5.1, impliedVolatility: 0.13),
            OptionQuote(expiration: Self.expiration, right: .put, strike: 4200, bid: 200, ask: 202, impliedVolatility: 0.13),
        ]
        let series = MarketSeries(days: [day], chain: OptionChain(days: [ChainDay(date: day.date, underlying: 4000, quotes: quotes)]))
        let parameters = ModelParameters()
        let comparison = ModelComparison(series: series, parameters: parameters)
        #expect(comparison.count == 2 && comparison.dates == [Self.date])

        // By hand: T = 30/365, F = S·e^((r−q)T), σ_atm = 0.20 × atmRatio, z = ln(K/F)/(σ_atm√T),
        // σ = σ_atm(1 − skew·z + smile·z²), price by Black–Scholes–Merton.
        let years = 30.0 / 365
        let r = parameters.riskFreeRate, q = parameters.dividendYield
        let forward = 4000 * exp((r - q) * years)
        let atm = 0.20 * parameters.atmRatio
        func model(_ strike: Double) -> Double {
            let z = log(strike / forward) / (atm * years.squareRoot())
            return atm * (1 - parameters.skew * z + parameters.smile * z * z)
        }
        let putVolatility = model(3800), callVolatility = model(4200)
        let putPrice = BlackScholesMerton.price(
            type: .put, spot: 4000, strike: 3800, years: years, volatility: putVolatility, rate: r, dividendYield: q)
        let callPrice = BlackScholesMerton.price(
            type: .call, spot: 4000, strike: 4200, years: years, volatility: callVolatility, rate: r, dividendYield: q)

        let low = try #require(comparison.byMoneyness.first)
        #expect(low.label == "0.95–0.98" && low.count == 1)
        #expect(abs(low.meanVolatilityError - (putVolatility - 0.25) * 100) < 1e-9)
        #expect(abs(low.meanPriceError - (putPrice - 20)) < 1e-9)
        let high = try #require(comparison.byMoneyness.last)
        #expect(high.label == "1.05–1.10" && high.count == 1)
        #expect(abs(high.meanVolatilityError - (callVolatility - 0.13) * 100) < 1e-9)
        #expect(abs(high.meanAbsolutePriceError - abs(callPrice - 5)) < 1e-9)
        let days = try #require(comparison.byDays.first)
        #expect(comparison.byDays.count == 1 && days.label == "22–45" && days.count == 2)
        let expectedMean = ((putVolatility - 0.25) + (callVolatility - 0.13)) * 100 / 2
        #expect(abs(days.meanVolatilityError - expectedMean) < 1e-9)
    }

    @Test("quotes made from a known surface give back its atmRatio, skew and smile")
    func fitRecoversTheSurface() throws {
        let truth = VolatilitySurface(atmRatio: 0.9, skew: 0.3, smile: 0.02)
        var days: [TradingDay] = []
        var chain: [ChainDay] = []
        for (offset, vix) in [14.0, 18.0, 25.0].enumerated() {
            let date = Self.date.adding(days: offset)
            let day = TradingDay(date: date, spx: 4000 + 50 * Double(offset), vix: vix)
            days.append(day)
            let parameters = ModelParameters()
            let r = parameters.riskFreeRate, q = parameters.dividendYield
            var quotes: [OptionQuote] = []
            for horizon in [30, 60, 90] {
                let expiration = date.adding(days: horizon)
                let years = Double(horizon) / 365
                let forward = day.spx * exp((r - q) * years)
                for strike in stride(from: day.spx * 0.92, through: day.spx * 1.03, by: 5) {  // inside the clamps
                    let volatility = truth.volatility(vix: vix, strike: strike, forward: forward, years: years)
                    let type: OptionType = strike < forward ? .put : .call
                    let price = BlackScholesMerton.price(
                        type: type, spot: day.spx, strike: strike, years: years, volatility: volatility, rate: r,
                        dividendYield: q)
                    guard price > 0.01 else { continue }
                    quotes.append(
                        OptionQuote(
                            expiration: expiration, right: type == .put ? .put : .call, strike: strike, bid: price,
                            ask: price, impliedVolatility: volatility))
                }
            }
            chain.append(ChainDay(date: date, underlying: day.spx, quotes: quotes))
        }
        let comparison = ModelComparison(
            series: MarketSeries(days: days, chain: OptionChain(days: chain)), parameters: ModelParameters())
        let fit = try #require(comparison.fit)
        #expect(comparison.count > 100)
        #expect(abs(fit.atmRatio - 0.9) < 1e-3 && abs(fit.skew - 0.3) < 1e-3 && abs(fit.smile - 0.02) < 1e-3)
        #expect(fit.rmsError < 0.01 && fit.configuredRMSError > 1)
    }
}
