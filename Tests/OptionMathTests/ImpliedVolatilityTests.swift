import struct MarketData.SplitMix64
import Testing

@testable import OptionMath

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Implied volatility")
struct ImpliedVolatilityTests {
    /// Prices `market`, solves back and checks the volatility (where vega allows) and the repricing.
    func roundTrip(_ market: MarketCase) throws {
        let greeks = market.evaluate()
        let solved = ImpliedVolatility.solve(
            price: greeks.price, type: market.type, spot: market.spot, strike: market.strike,
            years: market.years, rate: market.rate, dividendYield: market.dividendYield)
        let discountedSpot = market.spot * exp(-market.dividendYield * market.years)
        let discountedStrike = market.strike * exp(-market.rate * market.years)
        let intrinsic = max(market.type.sign * (discountedSpot - discountedStrike), 0)
        guard greeks.price > intrinsic, greeks.price > 1e-290 else { return }  // no time value left
        let volatility = try #require(try? solved.get(), "\(market): \(solved)")
        // The price carries ~ε·price of rounding; that moves σ by ε·price/vega.
        let vegaPerUnit = greeks.vega * 100
        if vegaPerUnit > 1e-6 * greeks.price {
            #expect(abs(volatility - market.volatility) < 1e-8, "\(market): got \(volatility)")
        }
        let repriced = BlackScholesMerton.price(
            type: market.type, spot: market.spot, strike: market.strike, years: market.years,
            volatility: volatility, rate: market.rate, dividendYield: market.dividendYield)
        #expect(isClose(repriced, greeks.price, relative: 1e-8, absolute: 1e-300), "\(market)")
    }

    @Test(
        "round trips over strikes, expiries and volatilities, deep in and out of the money",
        arguments: [1.0 / 365, 7.0 / 365, 35.0 / 365, 0.25, 1, 5]
    )
    func roundTrips(years: Double) throws {
        let strikes: [Double] = [30, 50, 70, 80, 90, 95, 99, 100, 101, 105, 110, 120, 150, 200, 300]
        for type in OptionType.allCases {
            for strike in strikes {
                for volatility in [0.01, 0.05, 0.12, 0.2, 0.35, 0.6, 1.0, 2.0, 4.0] {
                    try roundTrip(
                        MarketCase(
                            type: type, spot: 100, strike: strike, years: years,
                            volatility: volatility, rate: 0.02, dividendYield: 0.015))
                }
            }
        }
    }

    @Test("round trips from the reference prices recover the reference volatility")
    func referencePrices() throws {
        for row in try loadFixture("bsm_reference") {
            let type = try #require(row.optionType)
            let market = MarketCase(
                type: type, spot: row.number("spot"), strike: row.number("strike"), years: row.number("years"),
                volatility: row.number("volatility"), rate: row.number("rate"),
                dividendYield: row.number("dividendYield"))
            let price = row.number("price")
            let vegaPerUnit = row.number("vega") * 100
            guard price > 1e-290, vegaPerUnit > 1e-6 * price else { continue }
            let solved = ImpliedVolatility.solve(
                price: price, type: type, spot: market.spot, strike: market.strike, years: market.years,
                rate: market.rate, dividendYield: market.dividendYield)
            switch solved {
            case .success(let volatility):
                #expect(abs(volatility - market.volatility) < 1e-8, "line \(row.line): \(volatility)")
            case .failure(let error):
                // A deep in-the-money quote whose time value is below the rounding of its price.
                let discountedSpot = market.spot * exp(-market.dividendYield * market.years)
                let discountedStrike = market.strike * exp(-market.rate * market.years)
                let intrinsic = max(type.sign * (discountedSpot - discountedStrike), 0)
                #expect(price - intrinsic <= 1e-12 * price, "line \(row.line): \(error)")
            }
        }
    }

    @Test("tiny out-of-the-money prices solve without losing accuracy")
    func tinyPrices() throws {
        for price in [1e-300, 1e-100, 1e-30, 1e-12, 1e-6] {
            let solved = try ImpliedVolatility.solve(
                price: price, type: .call, spot: 100, strike: 130, years: 30.0 / 365, rate: 0.02,
                dividendYield: 0.015
            ).get()
            let repriced = BlackScholesMerton.price(
                type: .call, spot: 100, strike: 130, years: 30.0 / 365, volatility: solved, rate: 0.02,
                dividendYield: 0.015)
            #expect(isClose(repriced, price, relative: 1e-9), "price \(price) → σ \(solved) → \(repriced)")
        }
    }

    @Test("a price below the discounted intrinsic value is reported with both numbers")
    func belowIntrinsic() {
        let result = ImpliedVolatility.solve(
            price: 9, type: .call, spot: 110, strike: 100, years: 0.5, rate: 0.02, dividendYield: 0)
        let intrinsic = 110 - 100 * exp(-0.01)
        #expect(result == .failure(.belowIntrinsic(price: 9, intrinsic: intrinsic)))
        #expect(
            ImpliedVolatility.solve(
                price: -1, type: .put, spot: 110, strike: 100, years: 0.5, rate: 0.02, dividendYield: 0)
                == .failure(.belowIntrinsic(price: -1, intrinsic: 0)))
    }

    @Test("a price at or above the upper bound is reported with the bound")
    func aboveUpperBound() {
        let callBound = 100 * exp(-0.015 * 0.5)
        #expect(
            ImpliedVolatility.solve(
                price: 100, type: .call, spot: 100, strike: 90, years: 0.5, rate: 0.02, dividendYield: 0.015)
                == .failure(.aboveUpperBound(price: 100, bound: callBound)))
        let putBound = 90 * exp(-0.02 * 0.5)
        #expect(
            ImpliedVolatility.solve(
                price: putBound, type: .put, spot: 100, strike: 90, years: 0.5, rate: 0.02, dividendYield: 0.015)
                == .failure(.aboveUpperBound(price: putBound, bound: putBound)))
    }

    @Test("a price exactly at intrinsic value has zero volatility")
    func atIntrinsic() {
        let intrinsic = 100 * exp(-0.015) - 80 * exp(-0.02)
        #expect(
            ImpliedVolatility.solve(
                price: intrinsic, type: .call, spot: 100, strike: 80, years: 1, rate: 0.02, dividendYield: 0.015)
                == .success(0))
    }

    @Test("unusable inputs are named in the error")
    func invalidInputs() {
        #expect(
            ImpliedVolatility.solve(
                price: .nan, type: .call, spot: 100, strike: 100, years: 1, rate: 0, dividendYield: 0)
                == .failure(.invalidInput("price must be a finite number, got nan")))
        #expect(
            ImpliedVolatility.solve(price: 5, type: .call, spot: -1, strike: 100, years: 1, rate: 0, dividendYield: 0)
                == .failure(.invalidInput("spot must be positive and finite, got -1.0")))
        #expect(
            ImpliedVolatility.solve(price: 5, type: .call, spot: 100, strike: 0, years: 1, rate: 0, dividendYield: 0)
                == .failure(.invalidInput("strike must be positive and finite, got 0.0")))
        #expect(
            ImpliedVolatility.solve(price: 5, type: .put, spot: 100, strike: 100, years: 0, rate: 0, dividendYield: 0)
                == .failure(.invalidInput("years must be positive and finite, got 0.0")))
        #expect(
            ImpliedVolatility.solve(
                price: 5, type: .put, spot: 100, strike: 100, years: 1, rate: .infinity, dividendYield: 0)
                == .failure(.invalidInput("rate must be a finite number, got inf")))
    }
}

@Suite("Implied volatility over random inputs")
struct ImpliedVolatilityRandomTests {
    @Test("20,000 random SPX-like and extreme cases: every price solves and reprices")
    func randomCases() throws {
        var generator = SplitMix64(seed: 20_250_101)
        var checked = 0
        for _ in 0..<20_000 {
            let market = MarketCase(
                type: generator.nextUnit() < 0.5 ? .call : .put,
                spot: 100,
                strike: 100 * exp(3 * (generator.nextUnit() - 0.5)),  // about 22 to 450
                years: exp(log(1.0 / 365) + generator.nextUnit() * log(10 * 365.0)),  // 1 day to 10 years
                volatility: exp(log(0.01) + generator.nextUnit() * log(300.0)),  // 1 % to 300 %
                rate: 0.1 * (generator.nextUnit() - 0.3),
                dividendYield: 0.05 * generator.nextUnit()
            )
            let price = BlackScholesMerton.price(
                type: market.type, spot: market.spot, strike: market.strike, years: market.years,
                volatility: market.volatility, rate: market.rate, dividendYield: market.dividendYield)
            let result = ImpliedVolatility.solve(
                price: price, type: market.type, spot: market.spot, strike: market.strike,
                years: market.years, rate: market.rate, dividendYield: market.dividendYield)
            switch result {
            case .success(let volatility):
                let repriced = BlackScholesMerton.price(
                    type: market.type, spot: market.spot, strike: market.strike, years: market.years,
                    volatility: volatility, rate: market.rate, dividendYield: market.dividendYield)
                #expect(isClose(repriced, price, relative: 1e-9, absolute: 1e-12), "\(market)")
                let vegaPerUnit = market.evaluate().vega * 100
                if vegaPerUnit > 1e-6 * price, price > 1e-290 {
                    #expect(abs(volatility - market.volatility) < 1e-8, "\(market): \(volatility)")
                    checked += 1
                }
            case .failure(let error):
                // Only a time value too small for a double (price underflow) may fail.
                #expect(price < 1e-300, "\(market): \(error)")
            }
        }
        #expect(checked > 10_000)  // the rest have negligible vega (deep in the money, tiny σ√T)
    }

    @Test("a price one rounding step below intrinsic counts as intrinsic")
    func roundingBelowIntrinsic() {
        let intrinsic = 100 * exp(-0.015) - 60 * exp(-0.02)
        #expect(
            ImpliedVolatility.solve(
                price: intrinsic.nextDown, type: .call, spot: 100, strike: 60, years: 1, rate: 0.02,
                dividendYield: 0.015) == .success(0))
        #expect(
            ImpliedVolatility.solve(
                price: intrinsic - 1e-9, type: .call, spot: 100, strike: 60, years: 1, rate: 0.02,
                dividendYield: 0.015) == .failure(.belowIntrinsic(price: intrinsic - 1e-9, intrinsic: intrinsic)))
    }

    @Test("a time value below the normal double range is reported, not iterated")
    func unresolvableTimeValue() {
        let price = Double.leastNormalMagnitude / 4
        let result = ImpliedVolatility.solve(
            price: price, type: .call, spot: 100, strike: 200, years: 0.01, rate: 0.02, dividendYield: 0.015)
        #expect(result == .failure(.invalidInput("time value \(price) is too small to resolve a volatility")))
    }
}
