import Testing

@testable import Charts

@Suite struct VIXLayersChartTests {
    private func days(_ layers: [Int]) -> [VIXLayersChart.Day] {
        layers.enumerated().map { .init(date: "d\($0.offset)", vix: 15 + Double($0.element) * 6, layer: $0.element) }
    }

    @Test func activeRunsFollowTheLayers() {
        let sample = days([0, 1, 1, 2, 2, 1, 0, 0, 2, 1])
        #expect(VIXLayersChart.activeRuns(sample, atLeast: 1) == [1...5, 8...9])
        #expect(VIXLayersChart.activeRuns(sample, atLeast: 2) == [3...4, 8...8])
        #expect(VIXLayersChart.activeRuns(days([0, 0]), atLeast: 1) == [])
    }

    @Test func shadesOneBandPerRunAndNamesBothThresholdsInTheLegend() throws {
        let chart = VIXLayersChart(id: "v", input: .init(title: "VIX", days: days([0, 1, 1, 2, 2, 1, 0, 0, 2, 1])))
        let parsed = try ParsedSVG.parse(chart.svg()).get()
        #expect(parsed.inside("cp-data").filter { $0.attributes["class"] == "cp-layer-1" }.count == 2)
        #expect(parsed.inside("cp-data").filter { $0.attributes["class"] == "cp-layer-2" }.count == 2)
        #expect(
            parsed.inside(ChartClass.legend).filter { $0.name == "text" }.map(\.text)
                == ["VIX", "Layer 1 at 18", "Layer 1 active", "Layer 2 at 25", "Layer 2 active"])
        // No label on the plot, where it would cross the VIX line.
        let plotLabels = parsed.all("text").filter { ($0.attributes["class"] ?? "").hasPrefix("cp-marker-label") }
        #expect(plotLabels.isEmpty)
    }

    @Test func generatedDescriptionCountsLayerDays() {
        let chart = VIXLayersChart(id: "v", input: .init(title: "VIX", days: days([0, 1, 1, 2, 2, 1, 0, 0, 2, 1])))
        #expect(
            chart.generatedDescription
                == "VIX close from d0 to d9. It ranged from 15.00 to 27.00, ending at 21.00. Layer 1 (VIX at or above 18) was "
                + "active on 7 of 10 days; layer 2 (at or above 25) on 3.")
    }

    @Test func fixtureMatchesGoldenDescriptionNumbers() {
        let description = VIXLayersChart(id: "v", input: .init(title: "VIX", days: ChartFixtures.vixDays))
            .generatedDescription
        #expect(description.hasPrefix("VIX close from 2024-01-02 to 2024-07-01."))
    }
}
