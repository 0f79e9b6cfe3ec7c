import Testing

@testable import Charts

@Suite struct SparklineTests {
    @Test func hasAFixedSizeAndMarksTheLastValue() throws {
        let svg = Sparkline(id: "s", input: .init(title: "VIX", values: [14, 15.5, 13, 17])).svg()
        let root = try #require(try ParsedSVG.parse(svg).get().root)
        #expect(root.attributes["width"] == "96")
        #expect(root.attributes["height"] == "24")
        #expect(root.attributes["viewBox"] == "0 0 96 24")
        #expect(svg.contains("cp-sparkline-last"))
        ChartProperties.check(svg, idPrefix: "s", title: "VIX")
    }

    @Test func descriptionSummarisesTheValues() {
        let chart = Sparkline(id: "s", input: .init(title: "VIX", values: [14, .nan, 15.5, 13, 17.25]))
        #expect(chart.generatedDescription == "From 14 to 17.25; low 13, high 17.25.")
        #expect(Sparkline(id: "s", input: .init(title: "VIX", values: [])).generatedDescription == "No data.")
    }
}
