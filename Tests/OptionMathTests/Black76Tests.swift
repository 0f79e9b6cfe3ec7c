import Testing

@testable import OptionMath

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Black-76")
struct Black76Tests {
    @Test("Haug's example: F=K=19, T=0.75, r=10 %, σ=28 %")
    func haugExample() {
        let call = Black76.evaluate(type: .call, forward: 19, strike: 19, years: 0.75, volatility: 0.28, rate: 0.1)
        let put = Black76.evaluate(type: .put, forward: 19, strike: 19, years: 0.75, volatility: 0.28, rate: 0.1)
        #expect(abs(call.price - 1.7011) < 5e-5)
        #expect(abs(put.price - 1.7011) < 5e-5)
    }

    @Test("price and Greeks agree with the reference vectors to 1e-9")
    func referenceVectors() throws {
        let rows = try loadFixture("black76_reference")
        #expect(rows.count >= 100)
        for row in rows {
            let type = try #require(row.optionType)
            let greeks = Black76.evaluate(
                type: type, forward: row.number("forward"), strike: row.number("strike"),
                years: row.number("years"), volatility: row.number("volatility"), rate: row.number("rate"))
            for (name, actual) in components(greeks) {
                #expect(
                    isClose(actual, row.number(name), relative: 1e-9, absolute: 1e-13),
                    "line \(row.line) \(name): \(actual), expected \(row.number(name))")
            }
            let priceOnly = Black76.price(
                type: type, forward: row.number("forward"), strike: row.number("strike"),
                years: row.number("years"), volatility: row.number("volatility"), rate: row.number("rate"))
            #expect(priceOnly == greeks.price)
        }
    }

    @Test(
        "Greeks match central finite differences (delta/gamma in F; theta and rho holding F fixed)",
        arguments: [(OptionType.call, 15.0), (.put, 15), (.call, 19), (.put, 19), (.call, 30), (.put, 30)]
    )
    func finiteDifferences(type: OptionType, strike: Double) {
        func value(forward: Double = 19, years: Double = 0.25, volatility: Double = 0.9, rate: Double = 0.03)
            -> OptionGreeks
        {
            Black76.evaluate(
                type: type, forward: forward, strike: strike, years: years, volatility: volatility, rate: rate)
        }
        let greeks = value()
        let h = 1e-3
        let delta = (value(forward: 19 + h).price - value(forward: 19 - h).price) / (2 * h)
        let gamma = (value(forward: 19 + h).delta - value(forward: 19 - h).delta) / (2 * h)
        let vega = (value(volatility: 0.9 + 1e-5).price - value(volatility: 0.9 - 1e-5).price) / 2e-5 * 0.01
        let theta = (value(years: 0.25 - 1e-6).price - value(years: 0.25 + 1e-6).price) / 2e-6 / 365
        let rho = (value(rate: 0.03 + 1e-5).price - value(rate: 0.03 - 1e-5).price) / 2e-5 * 0.01
        #expect(isClose(greeks.delta, delta, relative: 1e-6, absolute: 1e-9))
        #expect(isClose(greeks.gamma, gamma, relative: 1e-5, absolute: 1e-9))
        #expect(isClose(greeks.vega, vega, relative: 1e-6, absolute: 1e-9))
        #expect(isClose(greeks.theta, theta, relative: 1e-6, absolute: 1e-9))
        #expect(isClose(greeks.rho, rho, relative: 1e-6, absolute: 1e-12))
    }

    @Test("put–call parity C − P = e^(−rT)(F − K)")
    func parity() {
        for strike in [10.0, 18, 19, 25, 60] {
            let call = Black76.evaluate(
                type: .call, forward: 21, strike: strike, years: 0.1, volatility: 1.1, rate: 0.04)
            let put = Black76.evaluate(type: .put, forward: 21, strike: strike, years: 0.1, volatility: 1.1, rate: 0.04)
            #expect(abs(call.price - put.price - exp(-0.004) * (21 - strike)) < 1e-12)
            #expect(abs(call.delta - put.delta - exp(-0.004)) < 1e-15)
        }
    }

    @Test("expiry and zero volatility edge cases")
    func edges() {
        #expect(
            Black76.evaluate(type: .call, forward: 25, strike: 20, years: 0, volatility: 0.9, rate: 0.02)
                == OptionGreeks(price: 5, delta: 1, gamma: 0, vega: 0, theta: 0, rho: 0))
        #expect(
            Black76.evaluate(type: .call, forward: 20, strike: 20, years: 0, volatility: 0.9, rate: 0.02).delta == 0.5)
        let flat = Black76.evaluate(type: .put, forward: 15, strike: 20, years: 0.5, volatility: 0, rate: 0.02)
        #expect(abs(flat.price - 5 * exp(-0.01)) < 1e-14)
        #expect(abs(flat.delta + exp(-0.01)) < 1e-15)
        #expect(abs(flat.theta - 0.02 * flat.price / 365) < 1e-16)
        #expect(abs(flat.rho + 0.5 * flat.price * 0.01) < 1e-16)
        #expect(flat.gamma == 0 && flat.vega == 0)
    }
}
