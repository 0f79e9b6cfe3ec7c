import Foundation
import Testing

@testable import OptionMath

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("VIX forward model")
struct VIXForwardModelTests {
    @Test("F(T) = θ + (VIX − θ)·e^(−κT) with θ = 19, κ = 4")
    func meanReversion() {
        let model = VIXForwardModel()
        #expect(model == VIXForwardModel(longRunMean: 19, meanReversionSpeed: 4))
        #expect(abs(model.forward(vix: 30, years: 30.0 / 365) - (19 + 11 * exp(-4 * 30.0 / 365))) < 1e-13)
        #expect(abs(model.forward(vix: 12, years: 0.25) - (19 - 7 * exp(-1))) < 1e-13)
        #expect(model.forward(vix: 19, years: 2) == 19)
    }

    @Test("today's forward is the VIX itself, the far forward the long-run mean")
    func limits() {
        let model = VIXForwardModel(longRunMean: 21, meanReversionSpeed: 2)
        #expect(model.forward(vix: 35, years: 0) == 35)
        #expect(abs(model.forward(vix: 35, years: 50) - 21) < 1e-12)
    }

    @Test("decodes from configuration, missing keys taking the defaults")
    func decoding() throws {
        let partial = try JSONDecoder().decode(VIXForwardModel.self, from: Data(#"{"meanReversionSpeed": 6}"#.utf8))
        #expect(partial == VIXForwardModel(longRunMean: 19, meanReversionSpeed: 6))
        let empty = try JSONDecoder().decode(VIXForwardModel.self, from: Data("{}".utf8))
        #expect(empty == VIXForwardModel())
    }
}
