import Testing

@testable import Charts

@Suite struct DrawdownChartTests {
    @Test func bothSignConventionsDrawTheSameChart() {
        let dates = ["a", "b", "c", "d"]
        let negative = DrawdownChart(
            id: "d", input: .init(title: "D", dates: dates, series: [ChartSeries(name: "s", values: [0, -0.05, -0.12, -0.02])]))
        let positive = DrawdownChart(
            id: "d", input: .init(title: "D", dates: dates, series: [ChartSeries(name: "s", values: [0, 0.05, 0.12, 0.02])]))
        #expect(negative.svg() == positive.svg())
        #expect(negative.generatedDescription == "Drawdown below the running peak, in percent, from a to d. s: deepest −12.00\u{202F}% on c.")
    }

    @Test func axisRunsFromTheDeepestDrawdownToZero() throws {
        let chart = DrawdownChart(
            id: "d",
            input: .init(title: "D", dates: ["a", "b", "c"], series: [ChartSeries(name: "s", values: [0, -0.071, -0.02])]))
        let parsed = try ParsedSVG.parse(chart.svg()).get()
        let ticks = parsed.inside("cp-axis cp-axis-y").filter { $0.attributes["class"] == "cp-tick-label" }.map(\.text)
        #expect(ticks == ["−8\u{202F}%", "−6\u{202F}%", "−4\u{202F}%", "−2\u{202F}%", "0\u{202F}%"])
        #expect(parsed.all("path").contains { $0.attributes["class"] == "cp-area cp-series-1" })
    }
}
