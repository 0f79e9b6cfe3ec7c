import Foundation
import Testing

@testable import OptionMath

@Suite("Option Greeks value")
struct OptionGreeksTests {
    let sample = OptionGreeks(price: 4.75, delta: 0.5, gamma: 0.0125, vega: 0.1, theta: -0.0125, rho: -0.25)

    @Test("JSON text has the six keys in a fixed order")
    func jsonText() {
        #expect(
            sample.jsonText() == """
                {
                  "price": 4.75,
                  "delta": 0.5,
                  "gamma": 0.0125,
                  "vega": 0.1,
                  "theta": -0.0125,
                  "rho": -0.25
                }
                """)
        #expect(
            sample.jsonText(indent: 0)
                == #"{"price": 4.75, "delta": 0.5, "gamma": 0.0125, "vega": 0.1, "theta": -0.0125, "rho": -0.25}"#)
    }

    @Test("JSON text parses back to the same numbers, and non-finite values become null")
    func jsonRoundTrip() throws {
        let decoded = try JSONDecoder().decode(OptionGreeks.self, from: Data(sample.jsonText().utf8))
        #expect(decoded == sample)
        var broken = sample
        broken.gamma = .nan
        #expect(broken.jsonText(indent: 0).contains(#""gamma": null"#))
    }

    @Test("option types: sign, payoff and raw values")
    func optionType() {
        #expect(OptionType.allCases.map(\.rawValue) == ["call", "put"])
        #expect(OptionType.call.intrinsicValue(underlying: 105, strike: 100) == 5)
        #expect(OptionType.put.intrinsicValue(underlying: 105, strike: 100) == 0)
        #expect(OptionType.put.intrinsicValue(underlying: 95, strike: 100) == 5)
    }
}
