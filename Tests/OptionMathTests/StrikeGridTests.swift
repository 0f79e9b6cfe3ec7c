import Testing

@testable import OptionMath

@Suite("Strike grid")
struct StrikeGridTests {
    @Test(
        "snapping to the nearest multiple, ties up",
        arguments: [
            (4_012.4, 4_010.0), (4_012.5, 4_015), (4_012.6, 4_015), (4_010, 4_010), (2.5, 5), (-2.5, 0), (0.1, 0),
        ]
    )
    func snap(value: Double, expected: Double) {
        #expect(StrikeGrid.snap(value, step: 5) == expected)
    }

    @Test("a non-positive step leaves the value alone")
    func badStep() {
        #expect(StrikeGrid.snap(12.3, step: 0) == 12.3)
    }

    /// Brute force: the grid strike on the right side of the spot with |delta| closest to the target.
    func bruteForce(type: OptionType, spot: Double, years: Double, volatility: (Double) -> Double) -> Double {
        let strikes = stride(from: 5.0, through: 2 * spot, by: 5).filter { type == .put ? $0 < spot : $0 > spot }
        let distances = strikes.map { strike in
            abs(
                abs(
                    BlackScholesMerton.evaluate(
                        type: type, spot: spot, strike: strike, years: years, volatility: volatility(strike),
                        rate: 0.02, dividendYield: 0.015
                    ).delta) - 0.16)
        }
        let best = distances.enumerated().min { $0.element < $1.element }
        return strikes[best?.offset ?? 0]
    }

    @Test("16-delta strikes with the surface match a brute-force search", arguments: [12.0, 18, 25, 45, 80])
    func sixteenDelta(vix: Double) {
        let surface = VolatilitySurface()
        let spot = 4_987.3
        let years = 35.0 / 365
        let forward = BlackScholesMerton.forward(spot: spot, years: years, rate: 0.02, dividendYield: 0.015)
        let volatility = { (strike: Double) in
            surface.volatility(vix: vix, strike: strike, forward: forward, years: years)
        }
        for type in OptionType.allCases {
            let strike = StrikeGrid.strike(
                nearestDelta: 0.16, type: type, spot: spot, years: years, rate: 0.02, dividendYield: 0.015,
                step: 5, volatility: volatility)
            #expect(strike == bruteForce(type: type, spot: spot, years: years, volatility: volatility), "\(type)")
            #expect(type == .put ? strike < spot : strike > spot)
        }
    }

    @Test("a known case: flat 17 % volatility, 35 days, spot 5000")
    func knownCase() {
        let put = StrikeGrid.strike(
            nearestDelta: 0.16, type: .put, spot: 5000, years: 35.0 / 365, rate: 0.02, dividendYield: 0.015,
            step: 5, volatility: { _ in 0.17 })
        let call = StrikeGrid.strike(
            nearestDelta: 0.16, type: .call, spot: 5000, years: 35.0 / 365, rate: 0.02, dividendYield: 0.015,
            step: 5, volatility: { _ in 0.17 })
        #expect(put == 4755)  // |Δ| 0.1609 (4750: 0.1561), checked with mpmath
        #expect(call == 5280)  // |Δ| 0.1585 (5275: 0.1629)
    }

    @Test("a spot on the grid is never chosen: the search starts one step beyond it")
    func spotOnGrid() {
        let put = StrikeGrid.strike(
            nearestDelta: 0.6, type: .put, spot: 5000, years: 35.0 / 365, rate: 0.02, dividendYield: 0.015,
            step: 5, volatility: { _ in 0.17 })
        #expect(put == 4995)
    }
}
