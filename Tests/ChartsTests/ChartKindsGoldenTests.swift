import TestSupport
import Testing

@testable import Charts

/// One golden file per chart kind, from the shared fixtures.
@Suite struct ChartKindsGoldenTests {
    @Test func vixLayers() {
        let chart = VIXLayersChart(
            id: "vix", input: .init(title: "VIX and ALVH layers, 2024", days: ChartFixtures.vixDays))
        GoldenFile.assertMatches(chart.svg(), named: "vix-layers")
    }

    @Test func equityCurves() {
        let (dates, series) = ChartFixtures.equitySeries
        let chart = LineChart(
            id: "equity", input: .init(title: "Equity by profile", dates: dates, series: series, yAxisTitle: "Equity (USD)"))
        GoldenFile.assertMatches(chart.svg(), named: "equity")
    }

    @Test func drawdowns() {
        let (dates, series) = ChartFixtures.drawdownSeries
        let chart = DrawdownChart(id: "drawdown", input: .init(title: "Drawdown by profile", dates: dates, series: series))
        GoldenFile.assertMatches(chart.svg(), named: "drawdown")
    }

    @Test func gaugeWithinBand() {
        let chart = GaugeChart(id: "gauge", input: .init(erosion: 0.032, band: 0.08))
        GoldenFile.assertMatches(chart.svg(), named: "gauge-within")
    }

    @Test func gaugeBeyondTightBand() {
        let chart = GaugeChart(id: "gauge", input: .init(erosion: 0.071, band: 0.05))
        GoldenFile.assertMatches(chart.svg(), named: "gauge-beyond")
    }

    @Test func sparkline() {
        let chart = Sparkline(
            id: "spark", input: .init(title: "VIX, last 30 sessions", values: ChartFixtures.vixDays.suffix(30).map(\.vix)))
        GoldenFile.assertMatches(chart.svg(), named: "sparkline")
    }
}
