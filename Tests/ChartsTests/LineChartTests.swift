import Testing

@testable import Charts

@Suite struct LineChartTests {
    @Test func legendHasOneEntryPerSeriesInOrder() throws {
        let (dates, series) = ChartFixtures.equitySeries
        let chart = LineChart(id: "e", input: .init(title: "Equity", dates: dates, series: series, yAxisTitle: "USD"))
        let parsed = try ParsedSVG.parse(chart.svg()).get()
        let legend = parsed.inside("cp-legend").filter { $0.name == "text" }
        #expect(legend.map(\.text) == ["steward", "promoter", "static"])
        let lines = parsed.all("path").compactMap { $0.attributes["class"] }
        #expect(lines == ["cp-line cp-series-1", "cp-line cp-series-2", "cp-line cp-series-3"])
    }

    @Test func generatedDescriptionGivesFirstAndLastValues() {
        let chart = LineChart(
            id: "e",
            input: .init(
                title: "Equity", dates: ["2024-01-02", "2024-01-03", "2024-01-04"],
                series: [
                    ChartSeries(name: "steward", values: [100_000, 100_250.5, 101_000]),
                    ChartSeries(name: "static", values: [.nan, 99_000, .nan]),
                    ChartSeries(name: "promoter", values: []),
                ], yAxisTitle: "Equity (USD)"))
        #expect(
            chart.generatedDescription
                == "Equity (USD) by date from 2024-01-02 to 2024-01-04. steward: 100,000 on 2024-01-02, 101,000 on "
                + "2024-01-04. static: 99,000 on 2024-01-03, 99,000 on 2024-01-03. promoter: no data.")
    }

    @Test func percentStyleWritesPercentTicks() throws {
        let chart = LineChart(
            id: "r",
            input: .init(
                title: "Returns", dates: ["a", "b", "c"], series: [ChartSeries(name: "", values: [0, 0.031, -0.012])],
                yAxisTitle: "Return", valueStyle: .percent))
        let parsed = try ParsedSVG.parse(chart.svg()).get()
        let yTicks = parsed.inside("cp-axis cp-axis-y").filter { $0.attributes["class"] == "cp-tick-label" }.map(\.text)
        #expect(yTicks == ["−2\u{202F}%", "−1\u{202F}%", "0\u{202F}%", "1\u{202F}%", "2\u{202F}%", "3\u{202F}%", "4\u{202F}%"])
        #expect(parsed.inside("cp-legend").isEmpty)
    }
}
