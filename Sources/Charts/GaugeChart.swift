import NumberStyle

/// A small horizontal gauge of the invariant's erosion against its tolerance band.
///
/// The track runs from below zero (cushion growing) through the band (tolerated erosion) to beyond
/// it, with the band threshold marked, a marker at the current erosion, and a one-line reading
/// such as `erosion 3.2 % of band 8 % (within band)`.
public typealias GaugeChart = Chart<GaugeChartInput>

/// What the gauge shows. Erosion and band are fractions (`0.032` is 3.2 %).
public struct GaugeChartInput: ChartInput {
    public static let name = "gauge"
    /// The gauge's own small size.
    public static var defaultSize: ChartSize { .gauge }
    /// The track's top edge, below the reading.
    static let trackTop = 32.0
    /// The track's height.
    static let trackHeight = 16.0
    /// The room left and right of the track.
    static let inset = 16.0

    /// The accessible title (`<title>`).
    public var title: String
    /// The accessible description (`<desc>`); nil uses the reading plus a short explanation.
    public var description: String?
    /// The erosion, 1 − K/K₀; negative when the cushion grew. Non-finite: no marker.
    public var erosion: Double
    /// The band the erosion is measured against (0.08 wide, 0.05 tight). Must be positive to
    /// be drawn.
    public var band: Double

    /// Creates the input of a gauge.
    ///
    /// - Parameters:
    ///   - title: the accessible title.
    ///   - description: the accessible description, or nil to write one from the data.
    ///   - erosion: the erosion as a fraction.
    ///   - band: the band as a fraction.
    public init(title: String = "Invariant erosion against its band", description: String? = nil, erosion: Double, band: Double) {
        self.title = title
        self.description = description
        self.erosion = erosion
        self.band = band
    }
}

extension Chart where Kind == GaugeChartInput {
    /// The band, when it is usable (finite and positive).
    private var band: Double? { input.band.isFinite && input.band > 0 ? input.band : nil }
    /// The erosion, when it is finite.
    private var erosion: Double? { input.erosion.isFinite ? input.erosion : nil }

    /// The reading shown above the track, such as `erosion 3.2 % of band 8 % (within band)`.
    public var reading: String {
        let erosionText = erosion.map { DisplayNumber.percent($0) } ?? DisplayNumber.notAvailable
        var text = "erosion " + erosionText
        if let band { text += " of band " + DisplayNumber.percentParameter(band) }
        if let state { text += " (" + state + ")" }
        return text
    }

    /// `cushion growing`, `within band` or `beyond band`.
    private var state: String? {
        guard let erosion else { return nil }
        if erosion < 0 { return "cushion growing" }
        guard let band else { return nil }
        return erosion > band ? "beyond band" : "within band"
    }

    /// The data interval of the track: at least −band … 2 × band, widened to hold the erosion.
    var domain: ClosedRange<Double> {
        let reference = band ?? max(abs(erosion ?? 0), 0.05)
        var lower = -reference
        var upper = 2 * reference
        if let erosion {
            lower = min(lower, erosion - 0.1 * reference)
            upper = max(upper, erosion + 0.1 * reference)
        }
        return lower...upper
    }

    func content() -> [SVGElement] {
        let scale = LinearScale(domain: domain, rangeStart: GaugeChartInput.inset, rangeEnd: size.width - GaugeChartInput.inset)
        let top = GaugeChartInput.trackTop
        let bottom = top + GaugeChartInput.trackHeight
        var zones: [(ClosedRange<Double>, String, String, String)] = [
            (scale.domain.lowerBound...0, "cp-gauge-growing", OkabeIto.bluishGreen, "0.25")
        ]
        if let band {
            zones.append((0...band, "cp-gauge-within", "currentColor", "0.1"))
            zones.append((band...scale.domain.upperBound, "cp-gauge-beyond", OkabeIto.vermillion, "0.3"))
        } else {
            zones.append((0...scale.domain.upperBound, "cp-gauge-within", "currentColor", "0.1"))
        }
        var track = SVGElement("g", ["class": "cp-gauge-track"])
        for (range, className, colour, opacity) in zones where range.upperBound > range.lowerBound {
            let left = scale.clamped(range.lowerBound)
            let right = scale.clamped(range.upperBound)
            guard right > left else { continue }
            track.append(
                SVGElement(
                    "rect",
                    [
                        "class": .text(className), "x": .number(left), "y": .number(top), "width": .number(right - left),
                        "height": .number(GaugeChartInput.trackHeight), "fill": .text(colour), "fill-opacity": .text(opacity),
                    ]))
        }
        track.append(
            SVGElement(
                "rect",
                [
                    "x": .number(GaugeChartInput.inset), "y": .number(top), "width": .number(size.width - 2 * GaugeChartInput.inset),
                    "height": .number(GaugeChartInput.trackHeight), "fill": "none", "stroke": "currentColor",
                    "stroke-opacity": "0.35",
                ]))

        var elements = [
            SVGElement(
                "text",
                [
                    "class": "cp-gauge-reading", "x": .number(GaugeChartInput.inset),
                    "y": .number(ChartTypography.size), "font-weight": "600",
                ], text: reading),
            track,
            axis(scale, bottom: bottom),
        ]
        if let band {
            elements.append(
                SVGElement(
                    "line",
                    [
                        "class": "\(ChartClass.marker) cp-gauge-band", "x1": .number(scale(band)), "y1": .number(top - 3),
                        "x2": .number(scale(band)), "y2": .number(bottom + 3), "stroke": "currentColor",
                        "stroke-width": "1.5",
                    ]))
        }
        if let erosion {
            let x = scale(erosion)
            let triangle = "M" + ChartNumberFormat.coordinate(x - 5) + " " + ChartNumberFormat.coordinate(top - 8)
                + " L" + ChartNumberFormat.coordinate(x + 5) + " " + ChartNumberFormat.coordinate(top - 8)
                + " L" + ChartNumberFormat.coordinate(x) + " " + ChartNumberFormat.coordinate(top - 1) + " Z"
            var marker = SVGElement("g", ["class": "cp-gauge-value"])
            marker.append(SVGElement("path", ["d": .text(triangle), "fill": "currentColor"]))
            marker.append(
                SVGElement(
                    "line",
                    [
                        "x1": .number(x), "y1": .number(top - 1), "x2": .number(x), "y2": .number(bottom + 1),
                        "stroke": "currentColor", "stroke-width": "3",
                    ]))
            elements.append(marker)
        }
        return elements
    }

    /// Tick marks and percentage labels under the track; the band's own label replaces any tick
    /// label it would touch.
    private func axis(_ scale: LinearScale, bottom: Double) -> SVGElement {
        var ticks = AxisTick.numeric(scale, count: 6, style: .percent)
        let baseline = bottom + 4 + ChartTypography.tickSize + 1
        if let band {
            let bandTick = AxisTick(value: band, label: "band " + DisplayNumber.percentParameter(band))
            let bandBox = box(bandTick, scale)
            ticks = ticks.filter { !box($0, scale).overlaps((bandBox.lowerBound - 6)...(bandBox.upperBound + 6)) }
            ticks.append(bandTick)
            ticks.sort { $0.value < $1.value }
        }
        // A wide domain has more ticks than labels fit: keep each tick that clears the last one kept
        // (the band's label first of all).
        var kept: [AxisTick] = []
        for tick in ticks {
            let span = box(tick, scale)
            let isBand = tick.value == band
            if let last = kept.last, box(last, scale).upperBound + 6 > span.lowerBound {
                guard isBand, last.value != band else { continue }
                kept.removeLast()
            }
            kept.append(tick)
        }
        ticks = kept
        var group = SVGElement("g", ["class": "\(ChartClass.axis) cp-axis-x"])
        var marks = SVGElement("g", ["stroke": "currentColor", "stroke-width": "1", "stroke-opacity": "0.6"])
        for tick in ticks {
            marks.append(
                SVGElement(
                    "line",
                    [
                        "x1": .number(scale(tick.value)), "y1": .number(bottom), "x2": .number(scale(tick.value)),
                        "y2": .number(bottom + 4),
                    ]))
        }
        group.append(marks)
        for tick in ticks {
            let span = box(tick, scale)
            group.append(
                SVGElement(
                    "text",
                    [
                        "class": .text(ChartClass.tickLabel), "x": .number((span.lowerBound + span.upperBound) / 2),
                        "y": .number(baseline), "text-anchor": "middle",
                    ], text: tick.label))
        }
        return group
    }

    /// The horizontal extent of a tick label, kept inside the chart.
    private func box(_ tick: AxisTick, _ scale: LinearScale) -> ClosedRange<Double> {
        let width = TextMetrics.width(tick.label, fontSize: ChartTypography.tickSize)
        let start = min(max(scale(tick.value) - width / 2, 2), size.width - width - 2)
        return start...(start + width)
    }

    /// The reading plus what the gauge means, for screen readers.
    var generatedDescription: String {
        let reading = self.reading
        return reading.prefix(1).uppercased() + reading.dropFirst()
            + ". Erosion is 1 − K/K₀ for the invariant K = credit × VIX × distance to the nearest break-even;"
            + " the position is recentred when erosion exceeds the band and the VIX MACD confirms."
    }
}

extension GaugeChartInput {
    /// Draws `chart`.
    public static func content(of chart: GaugeChart) -> [SVGElement] { chart.content() }
    /// Describes `chart` from its data.
    public static func generatedDescription(of chart: GaugeChart) -> String { chart.generatedDescription }
}
