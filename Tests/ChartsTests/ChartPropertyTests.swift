import struct MarketData.SplitMix64
import TestSupport
import Testing

@testable import Charts

/// Properties every chart kind keeps over generated, degenerate and hostile inputs.
@Suite struct ChartPropertyTests {
    static let hostile = #"<script>alert("x")</script> & "quotes" 'apos' ]]> <!-- --> \#u{0}"#

    /// One chart of every kind, rendered from the same raw values, under the id prefix `id`.
    static func everyKind(id: String, title: String, values: [Double], labels: [String]) -> [String] {
        let dates = labels.isEmpty ? values.indices.map { "day \($0)" } : labels
        let points = values.enumerated().map { ChartPoint(4_800 + Double($0.offset) * 10, $0.element) }
        let middle = values.isEmpty ? Double.nan : values[values.count / 2]
        let payoff = PayoffChart.Input(
            title: title, expiration: points, today: points.map { ChartPoint($0.x, $0.y * 0.5) },
            breakEvens: .init(low: 4_805, high: middle), shortStrikes: .init(put: 4_810, call: 4_900),
            longStrikes: .init(put: .infinity, call: 4_950), spot: 4_830, unit: title, xAxisTitle: title)
        let series = [ChartSeries(name: title, values: values), ChartSeries(name: "second", values: values.reversed())]
        let days = zip(dates, values).enumerated().map {
            VIXLayersChart.Day(date: $0.element.0, vix: $0.element.1, layer: $0.offset % 3)
        }
        return [
            PayoffChart(id: id, input: payoff).svg(),
            GaugeChart(id: id, input: .init(title: title, erosion: middle, band: values.first ?? .nan)).svg(),
            VIXLayersChart(id: id, input: .init(title: title, days: days, yAxisTitle: title)).svg(),
            LineChart(id: id, input: .init(title: title, dates: dates, series: series, yAxisTitle: title, xAxisTitle: title))
                .svg(),
            DrawdownChart(id: id, input: .init(title: title, dates: dates, series: series, yAxisTitle: title)).svg(),
            Sparkline(id: id, input: .init(title: title, values: values)).svg(),
        ]
    }

    /// Random values: ordinary numbers with, now and then, NaN, infinities, huge values, a flat run.
    static func generatedValues(_ random: inout SplitMix64) -> [Double] {
        let count = random.integer(in: 0...40)
        let flat = random.integer(in: 0...4) == 0
        let scale = [0.01, 1, 100, 1e6][random.integer(in: 0...3)]
        return (0..<count).map { _ in
            switch random.integer(in: 0...24) {
            case 0: return .nan
            case 1: return .infinity
            case 2: return -.infinity
            case 3: return 1e300
            case 4: return -0.0
            default: return flat ? 7 : random.uniform(in: -1...1) * scale
            }
        }
    }

    @Test(arguments: 0..<40)
    func generatedInputsGiveValidCharts(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let values = Self.generatedValues(&random)
        for svg in Self.everyKind(id: "gen-\(seed)", title: "Chart \(seed)", values: values, labels: []) {
            ChartProperties.check(svg, idPrefix: "gen-\(seed)", title: "Chart \(seed)")
        }
    }

    @Test(arguments: [
        [], [5.0], [5, 5, 5, 5], [.nan], [.nan, .nan, .nan], [.infinity, -.infinity], [1, .nan, 2], [0, 0],
        [-0.0, 0.0], [1e300, -1e300], [1e-300, 2e-300],
    ])
    func degenerateInputsGiveValidCharts(values: [Double]) {
        for svg in Self.everyKind(id: "deg", title: "Degenerate", values: values, labels: []) {
            ChartProperties.check(svg, idPrefix: "deg", title: "Degenerate")
        }
    }

    @Test func hostileLabelsAreEscaped() throws {
        let dates = [Self.hostile, "2024-01-03", Self.hostile + "2"]
        for svg in Self.everyKind(id: "h", title: Self.hostile, values: [10, 20, 15], labels: dates) {
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("<!--"))
            #expect(!svg.contains("]]>"))
            #expect(!svg.contains("\u{0}"))
            let parsed = try ParsedSVG.parse(svg).get()
            let expected = Self.hostile.replacingOccurrences(of: "\u{0}", with: "")
            #expect(parsed.element(id: "h-title")?.text == expected)
            ChartProperties.check(svg, idPrefix: "h")
        }
    }

    @Test func hostileIDPrefixIsSanitised() throws {
        for svg in Self.everyKind(id: #"x" onload="alert(1)"#, title: "T", values: [1, 2, 3], labels: []) {
            #expect(!svg.contains("onload=\""))
            ChartProperties.check(svg, idPrefix: "x--onload--alert-1-")
        }
    }

    @Test func sameInputGivesSameBytes() {
        var first = SplitMix64(seed: 99)
        var second = SplitMix64(seed: 99)
        let a = Self.everyKind(id: "same", title: "Same", values: Self.generatedValues(&first), labels: [])
        let b = Self.everyKind(id: "same", title: "Same", values: Self.generatedValues(&second), labels: [])
        #expect(a == b)
        #expect(PayoffChart(id: "p", input: ChartFixtures.payoffInput).svg() == PayoffChart(id: "p", input: ChartFixtures.payoffInput).svg())
    }

    @Test func chartsWithDifferentPrefixesShareNoIDOnOnePage() throws {
        let kinds = Self.everyKind(id: "first", title: "A", values: [1, 2, 3], labels: []).indices
        var charts: [String] = []
        for kind in kinds {
            charts.append(Self.everyKind(id: "k\(kind)-first", title: "A", values: [1, 2, 3], labels: [])[kind])
            charts.append(Self.everyKind(id: "k\(kind)-second", title: "B", values: [3, 2, 1], labels: [])[kind])
        }
        let page = "<div>\n" + charts.joined() + "</div>"
        let ids = try ParsedSVG.parse(page).get().elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
        // Every chart has at least its root, title and description ids; those with a plot a clip path.
        #expect(ids.count == 12 * 3 + 8)
        #expect(ids.filter { $0.hasPrefix("k0-first") } == ["k0-first", "k0-first-title", "k0-first-desc", "k0-first-plot"])
    }

    @Test func goldenFixturesAreValidChartsToo() {
        let charts: [(String, String)] = [
            (PayoffChart(id: "payoff", input: ChartFixtures.payoffInput).svg(), "payoff"),
            (VIXLayersChart(id: "vix", input: .init(title: "VIX", days: ChartFixtures.vixDays)).svg(), "vix"),
            (
                LineChart(
                    id: "eq",
                    input: .init(
                        title: "Equity", dates: ChartFixtures.equitySeries.dates, series: ChartFixtures.equitySeries.series,
                        yAxisTitle: "Equity (USD)")
                ).svg(), "eq"
            ),
        ]
        for (svg, id) in charts { ChartProperties.check(svg, idPrefix: id) }
    }
}
