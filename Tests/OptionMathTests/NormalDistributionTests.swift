import Testing

@testable import OptionMath

@Suite("Normal distribution")
struct NormalDistributionTests {
    @Test("CDF matches the 60-digit reference from −38 to 8 to a few ulps")
    func cdfAgainstReference() throws {
        let rows = try loadFixture("normal_cdf")
        #expect(rows.count > 180)
        for row in rows {
            let x = row.number("x")
            let expected = row.number("cdf")
            // Below about −37.5 the value is subnormal and has fewer significant bits.
            let absolute = expected < 2.3e-308 ? 8 * Double.leastNonzeroMagnitude : 0
            #expect(
                isClose(NormalDistribution.cdf(x), expected, relative: 2e-15, absolute: absolute),
                "Φ(\(x)) = \(NormalDistribution.cdf(x)), expected \(expected)"
            )
        }
    }

    @Test("PDF matches the 60-digit reference to a few ulps")
    func pdfAgainstReference() throws {
        for row in try loadFixture("normal_cdf") {
            let x = row.number("x")
            let expected = row.number("pdf")
            let absolute = expected < 2.3e-308 ? 8 * Double.leastNonzeroMagnitude : 0
            #expect(
                isClose(NormalDistribution.pdf(x), expected, relative: 2e-15, absolute: absolute),
                "φ(\(x)) = \(NormalDistribution.pdf(x)), expected \(expected)"
            )
        }
    }

    @Test("Φ(x) + Φ(−x) = 1 and the extremes are exact", arguments: [0.0, 0.5, 1.3, 2.7, 4.1, 7.9])
    func symmetry(x: Double) {
        #expect(abs(NormalDistribution.cdf(x) + NormalDistribution.cdf(-x) - 1) <= 2 * Double.ulpOfOne)
    }

    @Test("limits at infinity and zero")
    func limits() {
        #expect(NormalDistribution.cdf(0) == 0.5)
        #expect(NormalDistribution.cdf(-.infinity) == 0)
        #expect(NormalDistribution.cdf(.infinity) == 1)
        #expect(NormalDistribution.pdf(.infinity) == 0)
        #expect(NormalDistribution.cdf(-40) == 0)
        #expect(NormalDistribution.pdf(0) == 0.3989422804014327)
    }
}
