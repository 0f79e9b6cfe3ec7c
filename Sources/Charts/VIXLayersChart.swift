import NumberStyle

/// The VIX over time with the ALVH thresholds drawn across it and the days each hedge layer was
/// active shaded behind it.
public typealias VIXLayersChart = Chart<VIXLayersChartInput>

/// What a VIX layers chart shows.
public struct VIXLayersChartInput: ChartInput {
    public static let name = "vix-layers"

    /// One trading day: its date label, the VIX close and the ALVH layer in force after the close.
    public struct Day: Sendable, Equatable {
        /// The date label (any text, usually `YYYY-MM-DD`).
        public var date: String
        /// The VIX close; a non-finite value leaves a gap.
        public var vix: Double
        /// The active layer: 0 (none), 1 or 2 (2 implies layer 1 as well).
        public var layer: Int

        /// Creates a day.
        public init(date: String, vix: Double, layer: Int) {
            self.date = date
            self.vix = vix
            self.layer = layer
        }
    }

    /// The accessible title (`<title>`).
    public var title: String
    /// The accessible description (`<desc>`); nil writes one from the data.
    public var description: String?
    /// The days in order.
    public var days: [Day]
    /// The VIX level that activates layer 1.
    public var layer1Threshold: Double
    /// The VIX level that activates layer 2.
    public var layer2Threshold: Double
    /// The y axis title.
    public var yAxisTitle: String

    /// Creates the input of a VIX layers chart.
    ///
    /// - Parameters:
    ///   - title: the accessible title.
    ///   - description: the accessible description, or nil to write one from the data.
    ///   - days: the days in order.
    ///   - layer1Threshold: the layer 1 threshold (18).
    ///   - layer2Threshold: the layer 2 threshold (25).
    ///   - yAxisTitle: the y axis title (`VIX close`).
    public init(
        title: String, description: String? = nil, days: [Day], layer1Threshold: Double = 18,
        layer2Threshold: Double = 25, yAxisTitle: String = "VIX close"
    ) {
        self.title = title
        self.description = description
        self.days = days
        self.layer1Threshold = layer1Threshold
        self.layer2Threshold = layer2Threshold
        self.yAxisTitle = yAxisTitle
    }
}

extension Chart where Kind == VIXLayersChartInput {
    /// One trading day of the chart.
    public typealias Day = VIXLayersChartInput.Day

    /// Runs of consecutive days whose layer is at least `layer`, as index ranges.
    static func activeRuns(_ days: [Day], atLeast layer: Int) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var start: Int?
        for (index, day) in days.enumerated() {
            if day.layer >= layer {
                if start == nil { start = index }
            } else if let first = start {
                runs.append(first...(index - 1))
                start = nil
            }
        }
        if let first = start { runs.append(first...(days.count - 1)) }
        return runs
    }

    private var thresholds: [(level: Double, layer: Int)] {
        [(input.layer1Threshold, 1), (input.layer2Threshold, 2)].filter { $0.level.isFinite }
    }

    func content() -> [SVGElement] {
        let days = input.days
        let raw = LinearScale.extent(of: days.map(\.vix) + thresholds.map(\.level))
        let pad = (raw.upperBound - raw.lowerBound) * 0.05
        let yScale = LinearScale(domain: max(raw.lowerBound - pad, 0)...(raw.upperBound + pad), rangeStart: 1, rangeEnd: 0)
            .niced(count: 5)
        let skeleton = CartesianChart(
            id: id, size: size, yTicks: AxisTick.numeric(yScale, count: 5, style: .number),
            yAxisTitle: input.yAxisTitle, xAxisTitle: "", legend: Legend(entries: legendEntries()))
        return skeleton.elements(
            plot: skeleton.plot(), xDomain: TimeAxis.domain(count: days.count, padded: true), yDomain: yScale.domain,
            xTicks: { TimeAxis.ticks(days.map(\.date), plotWidth: $0.plot.width) },
            draw: { frame in (layersThresholdsAndLine(frame), []) })
    }

    /// The shaded layer days, the threshold lines and the VIX line.
    private func layersThresholdsAndLine(_ frame: CartesianFrame) -> [SVGElement] {
        let days = input.days
        let plot = frame.plot
        var data: [SVGElement] = []
        for layer in 1...2 {
            for run in VIXLayersChart.activeRuns(days, atLeast: layer) {
                let left = frame.x.clamped(Double(run.lowerBound) - 0.5)
                let right = frame.x.clamped(Double(run.upperBound) + 0.5)
                data.append(
                    SVGElement(
                        "rect",
                        [
                            "class": .text(layer == 1 ? ChartClass.layer1 : ChartClass.layer2), "x": .number(left),
                            "y": .number(plot.top), "width": .number(right - left), "height": .number(plot.height),
                            "fill": .text(VIXLayersChart.layerColour(layer)),
                            "fill-opacity": VIXLayersChart.layerOpacity(layer),
                        ]))
            }
        }
        for threshold in thresholds {
            let y = frame.y(threshold.level)
            data.append(
                SVGElement(
                    "line",
                    [
                        "class": "\(ChartClass.marker) cp-threshold-\(threshold.layer)", "x1": .number(plot.left),
                        "y1": .number(y), "x2": .number(plot.right), "y2": .number(y),
                        "stroke": .text(VIXLayersChart.thresholdColour(threshold.layer)), "stroke-width": "1.25",
                        "stroke-dasharray": "6 3",
                    ]))
        }
        let points = days.enumerated().map { ChartPoint(Double($0.offset), $0.element.vix) }
        data.append(SeriesLegend.line(frame.pixels(points), series: 0))
        return data
    }

    /// The VIX line, then for each layer its threshold line (named in the legend, not on the plot,
    /// where a label would cross the VIX line) and its shaded days.
    private func legendEntries() -> [Legend.Entry] {
        var entries = [
            Legend.Entry(
                label: "VIX", swatch: .line(colour: OkabeIto.seriesColour(0), width: SeriesLegend.lineWidth, dash: nil),
                swatchClass: ChartClass.line + " " + ChartClass.series(0))
        ]
        for layer in 1...2 {
            if let threshold = thresholds.first(where: { $0.layer == layer }) {
                entries.append(
                    Legend.Entry(
                        label: "Layer \(layer) at " + DisplayNumber.trimmed(threshold.level, maxDecimals: 2),
                        swatch: .line(colour: VIXLayersChart.thresholdColour(layer), width: 1.25, dash: "6 3"),
                        swatchClass: "\(ChartClass.marker) cp-threshold-\(layer)"))
            }
            entries.append(
                Legend.Entry(
                    label: "Layer \(layer) active",
                    swatch: .box(colour: VIXLayersChart.layerColour(layer), opacity: layer == 1 ? 0.22 : 0.42),
                    swatchClass: layer == 1 ? ChartClass.layer1 : ChartClass.layer2))
        }
        return entries
    }

    static func layerColour(_ layer: Int) -> String { layer == 1 ? OkabeIto.orange : OkabeIto.vermillion }
    static func layerOpacity(_ layer: Int) -> SVGAttributeValue { layer == 1 ? "0.22" : "0.2" }
    static func thresholdColour(_ layer: Int) -> String { layer == 1 ? OkabeIto.orange : OkabeIto.vermillion }

    /// A summary for screen readers: range of the VIX and how many days each layer was active.
    var generatedDescription: String {
        let days = input.days
        guard let first = days.first, let last = days.last else { return "VIX close: no data." }
        var sentences = ["VIX close from " + first.date + " to " + last.date + "."]
        let finite = days.map(\.vix).filter(\.isFinite)
        if let low = finite.min(), let high = finite.max() {
            sentences.append(
                "It ranged from " + DisplayNumber.fixed(low, 2) + " to "
                    + DisplayNumber.fixed(high, 2) + ", ending at "
                    + DisplayNumber.fixed(last.vix, 2) + ".")
        }
        let layer1Days = days.filter { $0.layer >= 1 }.count
        let layer2Days = days.filter { $0.layer >= 2 }.count
        sentences.append(
            "Layer 1 (VIX at or above " + DisplayNumber.trimmed(input.layer1Threshold, maxDecimals: 2)
                + ") was active on \(layer1Days) of \(days.count) days; layer 2 (at or above "
                + DisplayNumber.trimmed(input.layer2Threshold, maxDecimals: 2) + ") on \(layer2Days).")
        return sentences.joined(separator: " ")
    }
}

extension VIXLayersChartInput {
    /// Draws `chart`.
    public static func content(of chart: VIXLayersChart) -> [SVGElement] { chart.content() }
    /// Describes `chart` from its data.
    public static func generatedDescription(of chart: VIXLayersChart) -> String { chart.generatedDescription }
}
