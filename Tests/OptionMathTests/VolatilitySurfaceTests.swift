import Foundation
import Testing

@testable import OptionMath

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Volatility surface")
struct VolatilitySurfaceTests {
    let surface = VolatilitySurface()

    @Test("defaults are SPEC §4's fitted values")
    func defaults() {
        #expect(
            surface == VolatilitySurface(atmRatio: 0.85, skew: 0.20, smile: 0.015, minMultiplier: 0.5, maxMultiplier: 3)
        )
    }

    @Test("at the money σ = VIX/100 × 0.85")
    func atTheMoney() {
        #expect(abs(surface.atmVolatility(vix: 20) - 0.17) < 1e-15)
        #expect(abs(surface.volatility(vix: 20, strike: 5000, forward: 5000, years: 0.1) - 0.17) < 1e-15)
    }

    @Test("one standard deviation below and above the forward")
    func oneStandardDeviation() {
        let atm = 0.17
        let years = 35.0 / 365
        let below = 5000 * exp(-atm * years.squareRoot())  // z = −1
        let above = 5000 * exp(atm * years.squareRoot())  // z = +1
        #expect(abs(surface.volatility(vix: 20, strike: below, forward: 5000, years: years) - atm * 1.215) < 1e-13)
        #expect(abs(surface.volatility(vix: 20, strike: above, forward: 5000, years: years) - atm * 0.815) < 1e-13)
    }

    @Test("the multiplier is clamped to [0.5, 3]")
    func clamps() {
        let years = 30.0 / 365
        let atm = 0.17
        // z = 5: 1 − 1 + 0.375 = 0.375 → clamped to 0.5.
        let farCall = 5000 * exp(5 * atm * years.squareRoot())
        #expect(abs(surface.volatility(vix: 20, strike: farCall, forward: 5000, years: years) - atm * 0.5) < 1e-13)
        // z = −10: 1 + 2 + 1.5 = 4.5 → clamped to 3.
        let farPut = 5000 * exp(-10 * atm * years.squareRoot())
        #expect(abs(surface.volatility(vix: 20, strike: farPut, forward: 5000, years: years) - atm * 3) < 1e-13)
    }

    @Test("at expiry the at-the-money volatility is returned")
    func expiry() {
        #expect(surface.volatility(vix: 30, strike: 4000, forward: 5000, years: 0) == 30.0 / 100 * 0.85)
    }

    @Test("stored parameters drive the shape")
    func customParameters() {
        let flat = VolatilitySurface(atmRatio: 1, skew: 0, smile: 0)
        #expect(flat.volatility(vix: 25, strike: 3000, forward: 5000, years: 0.2) == 0.25)
    }

    @Test("decodes from configuration, missing keys taking the defaults")
    func decoding() throws {
        let partial = try JSONDecoder().decode(VolatilitySurface.self, from: Data(#"{"skew": 0.3}"#.utf8))
        #expect(partial == VolatilitySurface(skew: 0.3))
        let custom = VolatilitySurface(atmRatio: 0.9, skew: 0.1, smile: 0.02, minMultiplier: 0.6, maxMultiplier: 2.5)
        let roundTrip = try JSONDecoder().decode(VolatilitySurface.self, from: JSONEncoder().encode(custom))
        #expect(roundTrip == custom)
    }
}
