import Testing

@testable import OptionMath

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Black–Scholes–Merton")
struct BlackScholesMertonTests {
    @Test("Hull's example: S=42, K=40, r=10 %, σ=20 %, T=0.5")
    func hullExample() {
        let call = BlackScholesMerton.price(
            type: .call, spot: 42, strike: 40, years: 0.5, volatility: 0.2, rate: 0.1, dividendYield: 0)
        let put = BlackScholesMerton.price(
            type: .put, spot: 42, strike: 40, years: 0.5, volatility: 0.2, rate: 0.1, dividendYield: 0)
        #expect(abs(call - 4.7594) < 5e-5)
        #expect(abs(put - 0.8086) < 5e-5)
    }

    @Test("Haug's examples: call S=60 K=65 and put S=100 K=95 with a dividend yield")
    func haugExamples() {
        let call = BlackScholesMerton.price(
            type: .call, spot: 60, strike: 65, years: 0.25, volatility: 0.3, rate: 0.08, dividendYield: 0)
        let put = BlackScholesMerton.price(
            type: .put, spot: 100, strike: 95, years: 0.5, volatility: 0.2, rate: 0.1, dividendYield: 0.05)
        #expect(abs(call - 2.1334) < 5e-5)
        #expect(abs(put - 2.4648) < 5e-5)
    }

    @Test("price and Greeks agree with the mpmath/scipy reference vectors to 1e-9")
    func referenceVectors() throws {
        let rows = try loadFixture("bsm_reference")
        #expect(rows.count >= 300)
        for row in rows {
            let type = try #require(row.optionType)
            let greeks = BlackScholesMerton.evaluate(
                type: type, spot: row.number("spot"), strike: row.number("strike"),
                years: row.number("years"), volatility: row.number("volatility"),
                rate: row.number("rate"), dividendYield: row.number("dividendYield")
            )
            for (name, actual) in components(greeks) {
                let expected = row.number(name)
                #expect(
                    isClose(actual, expected, relative: 1e-9, absolute: 1e-13),
                    "line \(row.line) \(name): \(actual), expected \(expected)"
                )
            }
            let priceOnly = BlackScholesMerton.price(
                type: type, spot: row.number("spot"), strike: row.number("strike"),
                years: row.number("years"), volatility: row.number("volatility"),
                rate: row.number("rate"), dividendYield: row.number("dividendYield")
            )
            #expect(priceOnly == greeks.price, "line \(row.line): price() differs from evaluate().price")
        }
    }

    @Test("deep out-of-the-money prices (down to 1e-290) keep 1e-11 relative accuracy")
    func tailRelativeAccuracy() throws {
        let tails = try loadFixture("bsm_reference").filter { row in
            let price = row.number("price")
            return price > 1e-300 && price < 1e-8
        }
        #expect(tails.count >= 10)
        for row in tails {
            let type = try #require(row.optionType)
            let price = BlackScholesMerton.price(
                type: type, spot: row.number("spot"), strike: row.number("strike"),
                years: row.number("years"), volatility: row.number("volatility"),
                rate: row.number("rate"), dividendYield: row.number("dividendYield")
            )
            #expect(isClose(price, row.number("price"), relative: 1e-11), "line \(row.line): \(price)")
        }
    }

    @Test("put–call parity C − P = S·e^(−qT) − K·e^(−rT) to 1e-10")
    func putCallParity() {
        for strike in stride(from: 40.0, through: 250, by: 15) {
            for years in [1.0 / 365, 0.1, 1, 4] {
                for volatility in [0.05, 0.25, 0.9] {
                    let call = BlackScholesMerton.price(
                        type: .call, spot: 100, strike: strike, years: years,
                        volatility: volatility, rate: 0.03, dividendYield: 0.015)
                    let put = BlackScholesMerton.price(
                        type: .put, spot: 100, strike: strike, years: years,
                        volatility: volatility, rate: 0.03, dividendYield: 0.015)
                    let parity = 100 * exp(-0.015 * years) - strike * exp(-0.03 * years)
                    #expect(abs(call - put - parity) < 1e-10, "K=\(strike) T=\(years) σ=\(volatility)")
                }
            }
        }
    }

    @Test("every Greek matches a central finite difference", arguments: MarketCase.grid())
    func greeksMatchFiniteDifferences(market: MarketCase) {
        let greeks = market.evaluate()
        let dS = 1e-5 * market.spot
        let delta = (market.evaluate(spot: dS).price - market.evaluate(spot: -dS).price) / (2 * dS)
        let gamma = (market.evaluate(spot: dS).delta - market.evaluate(spot: -dS).delta) / (2 * dS)
        let dSigma = 1e-5
        let vega =
            (market.evaluate(volatility: dSigma).price - market.evaluate(volatility: -dSigma).price)
            / (2 * dSigma) * 0.01
        let dT = 1e-5 * market.years
        let theta = (market.evaluate(years: -dT).price - market.evaluate(years: dT).price) / (2 * dT) / 365
        let dR = 1e-5
        let rho = (market.evaluate(rate: dR).price - market.evaluate(rate: -dR).price) / (2 * dR) * 0.01
        #expect(isClose(greeks.delta, delta, relative: 1e-6, absolute: 1e-8), "delta \(market)")
        #expect(isClose(greeks.gamma, gamma, relative: 1e-5, absolute: 1e-9), "gamma \(market)")
        #expect(isClose(greeks.vega, vega, relative: 1e-6, absolute: 1e-9), "vega \(market)")
        #expect(isClose(greeks.theta, theta, relative: 1e-6, absolute: 1e-9), "theta \(market)")
        #expect(isClose(greeks.rho, rho, relative: 1e-6, absolute: 1e-9), "rho \(market)")
    }

    @Test("at expiry the price is intrinsic, delta is 0/½/1 by moneyness and the other Greeks vanish")
    func atExpiry() {
        let itm = BlackScholesMerton.evaluate(
            type: .call, spot: 105, strike: 100, years: 0, volatility: 0.2, rate: 0.02, dividendYield: 0.015)
        #expect(itm == OptionGreeks(price: 5, delta: 1, gamma: 0, vega: 0, theta: 0, rho: 0))
        let otm = BlackScholesMerton.evaluate(
            type: .put, spot: 105, strike: 100, years: -1, volatility: 0.2, rate: 0.02, dividendYield: 0.015)
        #expect(otm == OptionGreeks(price: 0, delta: 0, gamma: 0, vega: 0, theta: 0, rho: 0))
        let atm = BlackScholesMerton.evaluate(
            type: .put, spot: 100, strike: 100, years: 0, volatility: 0.2, rate: 0.02, dividendYield: 0.015)
        #expect(atm == OptionGreeks(price: 0, delta: -0.5, gamma: 0, vega: 0, theta: 0, rho: 0))
        #expect(
            BlackScholesMerton.price(
                type: .put, spot: 90, strike: 100, years: 0, volatility: 0.2, rate: 0.02, dividendYield: 0) == 10)
    }

    @Test("zero or negative volatility gives the discounted intrinsic value of the forward, never NaN")
    func zeroVolatility() {
        let forward = BlackScholesMerton.forward(spot: 100, years: 0.5, rate: 0.05, dividendYield: 0.01)
        #expect(abs(forward - 100 * exp(0.02)) < 1e-12)
        for volatility in [0.0, -0.3] {
            let call = BlackScholesMerton.evaluate(
                type: .call, spot: 100, strike: 95, years: 0.5, volatility: volatility,
                rate: 0.05, dividendYield: 0.01)
            let expectedPrice = exp(-0.025) * (forward - 95)
            #expect(abs(call.price - expectedPrice) < 1e-12)
            #expect(abs(call.delta - exp(-0.005)) < 1e-15)
            #expect(call.gamma == 0 && call.vega == 0)
            let expectedTheta = (0.01 * 100 * exp(-0.005) - 0.05 * 95 * exp(-0.025)) / 365
            #expect(abs(call.theta - expectedTheta) < 1e-15)
            #expect(abs(call.rho - 0.5 * 95 * exp(-0.025) * 0.01) < 1e-14)
            let put = BlackScholesMerton.evaluate(
                type: .put, spot: 100, strike: 95, years: 0.5, volatility: volatility,
                rate: 0.05, dividendYield: 0.01)
            #expect(put == OptionGreeks(price: 0, delta: 0, gamma: 0, vega: 0, theta: 0, rho: 0))
        }
        let atForward = BlackScholesMerton.evaluate(
            type: .call, spot: 100, strike: 100, years: 0.5, volatility: 0, rate: 0.02, dividendYield: 0.02)
        #expect(atForward.price == 0 && abs(atForward.delta - 0.5 * exp(-0.01)) < 1e-15)
        for value in components(atForward).map(\.1) { #expect(!value.isNaN) }
    }

    @Test("prices stay within the no-arbitrage bounds over extreme inputs")
    func noArbitrageBounds() {
        for strike in [1.0, 50, 100, 150, 1e4] {
            for volatility in [1e-6, 0.2, 5, 50] {
                for years in [1e-6, 0.5, 30] {
                    for type in OptionType.allCases {
                        let greeks = BlackScholesMerton.evaluate(
                            type: type, spot: 100, strike: strike, years: years,
                            volatility: volatility, rate: 0.02, dividendYield: 0.015)
                        let discountedSpot = 100 * exp(-0.015 * years)
                        let discountedStrike = strike * exp(-0.02 * years)
                        let intrinsic = max(type.sign * (discountedSpot - discountedStrike), 0)
                        let bound = type == .call ? discountedSpot : discountedStrike
                        #expect(greeks.price >= intrinsic - 1e-12 * bound && greeks.price <= bound)
                        for (name, value) in components(greeks) { #expect(value.isFinite, "\(name)") }
                    }
                }
            }
        }
    }
}
