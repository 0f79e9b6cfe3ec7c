import Testing

@testable import Charts

@Suite struct PayoffChartTests {
    @Test func sampleCondorMatchesGolden() {
        let svg = PayoffChart(id: "payoff", input: ChartFixtures.payoffInput).svg()
        GoldenFile.assertMatches(svg, named: "payoff")
    }
}
