import Testing

@testable import OptionMath

@Suite("Black–Scholes–Merton with a shared expiry")
struct BlackScholesMertonExpiryTests {
    /// The Greeks as bit patterns, so that a difference in the last bit fails.
    private static func bits(_ greeks: OptionGreeks) -> [UInt64] {
        [greeks.price, greeks.delta, greeks.gamma, greeks.vega, greeks.theta, greeks.rho].map(\.bitPattern)
    }

    @Test("one Expiry for many strikes gives each strike's own result to the bit")
    func sharedExpiryIsExact() {
        for years in [0.0, -0.1, 1.0 / 365, 35.0 / 365, 0.5, 2] {
            for (rate, dividendYield) in [(0.05, 0.015), (0.0, 0.0), (-0.01, 0.03)] {
                let expiry = BlackScholesMerton.Expiry(years: years, rate: rate, dividendYield: dividendYield)
                for strike in stride(from: 3000.0, through: 5000, by: 25) {
                    for type in OptionType.allCases {
                        let volatility = 0.1 + strike / 50_000
                        let alone = BlackScholesMerton.evaluate(
                            type: type, spot: 4000, strike: strike, years: years, volatility: volatility, rate: rate,
                            dividendYield: dividendYield)
                        let shared = BlackScholesMerton.evaluate(
                            type: type, spot: 4000, strike: strike, volatility: volatility, expiry: expiry)
                        #expect(Self.bits(alone) == Self.bits(shared))
                    }
                }
            }
        }
    }
}
