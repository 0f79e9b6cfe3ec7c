import Testing

@testable import Charts

@Suite struct GaugeChartTests {
    @Test(arguments: [
        (0.032, 0.08, "erosion 3.20\u{202F}% of band 8\u{202F}% (within band)"),
        (0.071, 0.05, "erosion 7.10\u{202F}% of band 5\u{202F}% (beyond band)"),
        (0.08, 0.08, "erosion 8.00\u{202F}% of band 8\u{202F}% (within band)"),
        (-0.015, 0.08, "erosion −1.50\u{202F}% of band 8\u{202F}% (cushion growing)"),
        (Double.nan, 0.05, "erosion n/a of band 5\u{202F}%"),
        (0.02, 0, "erosion 2.00\u{202F}%"),
    ])
    func reading(erosion: Double, band: Double, expected: String) {
        #expect(GaugeChart(id: "g", input: .init(erosion: erosion, band: band)).reading == expected)
    }

    @Test func domainRunsFromMinusBandToTwiceTheBandAndGrowsForTheErosion() {
        #expect(GaugeChart(id: "g", input: .init(erosion: 0.032, band: 0.08)).domain == -0.08...0.16)
        let beyond = GaugeChart(id: "g", input: .init(erosion: 0.3, band: 0.05)).domain
        #expect(beyond.lowerBound == -0.05)
        #expect(abs(beyond.upperBound - 0.305) < 1e-12)
    }

    @Test func bandLabelReplacesTicksItWouldTouch() throws {
        let parsed = try ParsedSVG.parse(GaugeChart(id: "g", input: .init(erosion: 0.032, band: 0.08)).svg()).get()
        let ticks = parsed.all("text").filter { $0.attributes["class"] == "cp-tick-label" }.map(\.text)
        // "5 %" would touch the band's label at the charts' 16-unit text size.
        #expect(ticks == ["−5\u{202F}%", "0\u{202F}%", "band 8\u{202F}%", "15\u{202F}%"])
        #expect(parsed.all("text").contains { $0.text == "erosion 3.20\u{202F}% of band 8\u{202F}% (within band)" })
    }

    @Test func noMarkerWithoutAFiniteErosion() {
        let svg = GaugeChart(id: "g", input: .init(erosion: .nan, band: 0.05)).svg()
        #expect(!svg.contains("cp-gauge-value"))
        ChartProperties.check(svg, idPrefix: "g")
    }
}
