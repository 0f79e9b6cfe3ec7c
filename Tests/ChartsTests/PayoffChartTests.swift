import TestSupport
import Testing

@testable import Charts

@Suite struct PayoffChartTests {
    @Test func sampleCondorMatchesGolden() {
        let svg = PayoffChart(id: "payoff", input: ChartFixtures.payoffInput).svg()
        GoldenFile.assertMatches(svg, named: "payoff")
    }

    @Test func profitOutlineCrossesZeroAtTheBreakEvens() {
        let curve = ChartFixtures.levels.map { ChartPoint($0, ChartFixtures.expirationPnL($0)) }
        let outline = PayoffChart.profitOutline(curve)
        let crossings = outline.filter { $0.y == 0 && !ChartFixtures.levels.contains($0.x) }.map(\.x)
        #expect(crossings.count == 2)
        #expect(abs(crossings[0] - 4_807.65) < 1e-9)
        #expect(abs(crossings[1] - 5_092.35) < 1e-9)
        #expect(outline.allSatisfy { $0.y >= 0 })
        #expect(outline.count == curve.count + 2)
    }

    @Test func generatedDescriptionNamesEveryLevel() {
        let chart = PayoffChart(id: "p", input: ChartFixtures.payoffInput)
        #expect(
            chart.generatedDescription
                == "Profit and loss in USD at expiration (solid line) and today (dashed line) for SPX from 4,620 to "
                + "5,280. Break-evens 4,807.65 and 5,092.35. Short strikes 4,820 and 5,080. Long strikes 4,720 and "
                + "5,180. Spot 4,950.12. At expiration the P&L runs from −8,765 to 1,235 USD; the profit zone is shaded.")
    }

    @Test func marksBreakEvensShortStrikesAndSpotWithLabels() throws {
        let parsed = try ParsedSVG.parse(PayoffChart(id: "p", input: ChartFixtures.payoffInput).svg()).get()
        let labels = parsed.all("text").filter { $0.attributes["class"]?.hasPrefix("cp-marker-label") == true }.map(\.text)
        #expect(labels == ["spot 4,950", "short 4,820", "short 5,080", "BE 4,808", "BE 5,092"])
        let markerKinds = parsed.all("line").compactMap { $0.attributes["class"] }.filter { $0.hasPrefix("cp-marker ") }
        #expect(
            markerKinds == [
                "cp-marker cp-marker-spot", "cp-marker cp-marker-short", "cp-marker cp-marker-short",
                "cp-marker cp-marker-breakeven", "cp-marker cp-marker-breakeven", "cp-marker cp-marker-long",
                "cp-marker cp-marker-long",
            ])
        #expect(parsed.all("path").contains { $0.attributes["class"] == "cp-profit-zone" })
        let axisTitles = parsed.all("text").filter { $0.attributes["class"] == "cp-axis-title" }.map(\.text)
        #expect(axisTitles == ["P&L (USD)", "SPX at expiration"])
    }

    @Test func withoutTodayCurveTheLegendLeavesItOut() throws {
        var input = ChartFixtures.payoffInput
        input.today = []
        input.unit = "EUR"
        let svg = PayoffChart(id: "p", input: input).svg()
        #expect(!svg.contains("Today (T+0)"))
        #expect(svg.contains("P&amp;L (EUR)"))
        #expect(!svg.contains("cp-series-2"))
        ChartProperties.check(svg, idPrefix: "p")
    }

    @Test func markersOutsideTheCurveAreNotDrawn() throws {
        var input = ChartFixtures.payoffInput
        input.spot = 9_000
        input.longStrikes = .init(put: .nan, call: 5_180)
        let parsed = try ParsedSVG.parse(PayoffChart(id: "p", input: input).svg()).get()
        let classes = parsed.all("line").compactMap { $0.attributes["class"] }
        #expect(!classes.contains("cp-marker cp-marker-spot"))
        #expect(classes.filter { $0 == "cp-marker cp-marker-long" }.count == 1)
    }

    @Test func unsortedPointsAreSortedAndNaNsDropped() {
        var shuffled = ChartFixtures.payoffInput
        shuffled.expiration = shuffled.expiration.reversed() + [ChartPoint(.nan, 3), ChartPoint(4_900, .infinity)]
        shuffled.today = shuffled.today.reversed()
        #expect(PayoffChart(id: "p", input: shuffled).svg() == PayoffChart(id: "p", input: ChartFixtures.payoffInput).svg())
    }
}
