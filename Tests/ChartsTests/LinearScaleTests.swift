import Testing

@testable import Charts

@Suite struct LinearScaleTests {
    @Test func mapsDomainOntoRangeIncludingInvertedRanges() {
        let x = LinearScale(domain: 0...10, rangeStart: 50, rangeEnd: 150)
        #expect(x(0) == 50)
        #expect(x(2.5) == 75)
        #expect(x(10) == 150)
        let y = LinearScale(domain: -100...100, rangeStart: 200, rangeEnd: 0)
        #expect(y(0) == 100)
        #expect(y(100) == 0)
        #expect(y.clamped(500) == 0)
        #expect(y.clamped(-500) == 200)
    }

    @Test(arguments: [
        (660.0, 5, 100.0), (10_000.0, 5, 2_000.0), (0.24, 6, 0.05), (7.0, 5, 1.0), (35.0, 5, 10.0), (34.0, 5, 5.0), (0.0, 5, 1.0),
        (-3.0, 5, 1.0), (Double.nan, 5, 1.0),
    ])
    func niceSteps(span: Double, count: Int, step: Double) {
        #expect(LinearScale.niceStep(span: span, count: count) == step)
    }

    @Test func ticksAreExactMultiplesInsideTheDomain() {
        let scale = LinearScale(domain: 4_620...5_280, rangeStart: 0, rangeEnd: 1)
        #expect(scale.ticks(count: 5) == [4_700, 4_800, 4_900, 5_000, 5_100, 5_200])
        let fractions = LinearScale(domain: -0.08...0.16, rangeStart: 0, rangeEnd: 1)
        #expect(fractions.ticks(count: 6) == [-0.05, 0, 0.05, 0.1, 0.15])
        #expect(fractions.ticks(count: 6)[1].sign == .plus)
    }

    @Test func nicedWidensToTickMultiples() {
        let scale = LinearScale(domain: -9_265...1_735, rangeStart: 1, rangeEnd: 0).niced(count: 5)
        #expect(scale.domain == -10_000...2_000)
        #expect(scale.ticks(count: 5) == [-10_000, -8_000, -6_000, -4_000, -2_000, 0, 2_000])
    }

    @Test func degenerateDomainsAreWidened() {
        #expect(LinearScale(domain: 20...20, rangeStart: 0, rangeEnd: 1).domain == 19...21)
        #expect(LinearScale(domain: 0...0, rangeStart: 0, rangeEnd: 1).domain == -1...1)
        #expect(LinearScale(domain: -Double.infinity...3, rangeStart: 0, rangeEnd: 1).domain == 0...1)
        #expect(LinearScale(covering: [Double.nan, .infinity], rangeStart: 0, rangeEnd: 1).domain == 0...1)
        #expect(LinearScale(covering: [3, .nan, -2, 7], rangeStart: 0, rangeEnd: 1).domain == -2...7)
    }

    @Test(arguments: [(1.0, 0), (2_000.0, 0), (0.5, 1), (0.05, 2), (0.001, 3), (0.2, 1)])
    func decimalsForStep(step: Double, decimals: Int) {
        #expect(LinearScale.decimals(forStep: step) == decimals)
    }
}
