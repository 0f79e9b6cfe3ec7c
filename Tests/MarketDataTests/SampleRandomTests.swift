import Foundation
import Testing

@testable import MarketData

@Suite("Portable random numbers and math")
struct SampleRandomTests {
    @Test("SplitMix64 reproduces the reference outputs for seed 1234567")
    func splitMixReference() {
        var generator = SplitMix64(seed: 1_234_567)
        let outputs = (0..<5).map { _ in generator.next() }
        #expect(outputs == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
    }

    @Test("SplitMix64's unit draws are the top 53 bits of its outputs, scaled into [0, 1)")
    func splitMixUnit() {
        var generator = SplitMix64(seed: 1_234_567)
        let draws = (0..<2).map { _ in generator.nextUnit() }
        #expect(draws == [
            Double(6_457_827_717_110_365_317 as UInt64 >> 11) / 9_007_199_254_740_992,
            Double(3_203_168_211_198_807_973 as UInt64 >> 11) / 9_007_199_254_740_992,
        ])
        #expect(draws[0] > 0.35 && draws[0] < 0.36)
    }

    @Test("xoshiro256** reproduces the reference outputs from the state (1, 2, 3, 4)")
    func xoshiroReference() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        let outputs = (0..<10).map { _ in generator.next() }
        #expect(outputs == [
            11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
            607_988_272_756_665_600, 16_172_922_978_634_559_625, 8_476_171_486_693_032_832,
            10_595_114_339_597_558_777, 2_904_607_092_377_533_576,
        ])
    }

    @Test("uniform draws stay in [0, 1) and Gaussian draws have mean 0 and variance 1")
    func drawDistributions() {
        var generator = Xoshiro256StarStar(seed: 7)
        let count = 200_000
        var uniformSum = 0.0
        var sum = 0.0
        var sumOfSquares = 0.0
        for _ in 0..<count {
            let u = generator.nextUniform()
            #expect(u >= 0 && u < 1)
            uniformSum += u
            let z = generator.nextGaussian()
            sum += z
            sumOfSquares += z * z
        }
        let mean = sum / Double(count)
        #expect(abs(uniformSum / Double(count) - 0.5) < 0.005)
        #expect(abs(mean) < 0.01)
        #expect(abs(sumOfSquares / Double(count) - mean * mean - 1) < 0.015)
    }

    @Test("exponential draws have the requested mean")
    func exponentialMean() {
        var generator = Xoshiro256StarStar(seed: 11)
        let draws = (0..<100_000).map { _ in generator.nextExponential(mean: 0.3) }
        #expect(draws.allSatisfy { $0 > 0 })
        #expect(abs(draws.reduce(0, +) / Double(draws.count) - 0.3) < 0.005)
    }

    @Test("portable exp and log agree with the system functions to a few units in the last place")
    func portableMathAccuracy() {
        var generator = Xoshiro256StarStar(seed: 3)
        for _ in 0..<20_000 {
            let x = (generator.nextUniform() - 0.5) * 200
            let expected = Foundation.exp(x)
            #expect(abs(PortableMath.exp(x) - expected) <= 4 * expected.ulp, "exp(\(x))")
            let y = Foundation.exp((generator.nextUniform() - 0.5) * 1400)
            let expectedLog = Foundation.log(y)
            let tolerance = 4 * max(expectedLog.magnitude.ulp, Double.ulpOfOne)
            #expect(abs(PortableMath.log(y) - expectedLog) <= tolerance, "log(\(y))")
        }
    }

    @Test("portable exp and log edge values")
    func portableMathEdges() {
        #expect(PortableMath.exp(0) == 1)
        #expect(PortableMath.log(1) == 0)
        #expect(PortableMath.exp(-800) == 0)
        #expect(PortableMath.exp(800) == .infinity)
        #expect(PortableMath.exp(709.7).isFinite)
        #expect(PortableMath.log(0) == -.infinity)
        #expect(PortableMath.log(-1).isNaN)
        #expect(abs(PortableMath.log(PortableMath.exp(1)) - 1) < 1e-15)
    }

    @Test("fixed-point text rounds half away from zero without a locale", arguments: [
        (17.24, 6, "17.240000"), (4014.785_000_1, 2, "4014.79"), (-0.5, 2, "-0.50"),
        (0.004, 2, "0.00"), (1234.5, 0, "1235"), (9.995, 1, "10.0"), (0.07, 2, "0.07"),
    ])
    func fixedPointText(value: Double, decimals: Int, expected: String) {
        #expect(FixedPointText.format(value, decimals: decimals) == expected)
    }

    @Test("Cboe dates are MM/DD/YYYY")
    func usDates() throws {
        #expect(FixedPointText.usDate(try isoDate("2023-01-03")) == "01/03/2023")
        #expect(FixedPointText.usDate(try isoDate("2025-12-31")) == "12/31/2025")
    }
}
