import NumberStyle

/// A word-sized line chart for use inside text, without axes.
///
/// Its size is fixed (96 × 24 by default) rather than the column's width; the last value is marked
/// with a dot.
public typealias Sparkline = Chart<SparklineInput>

/// What a sparkline shows.
public struct SparklineInput: ChartInput {
    public static let name = "sparkline"
    /// Word-sized: 96 × 24.
    public static var defaultSize: ChartSize { .sparkline }
    /// Drawn at its size in pixels.
    public static var fixedSize: Bool { true }

    /// The accessible title (`<title>`).
    public var title: String
    /// The accessible description (`<desc>`); nil writes one from the data.
    public var description: String?
    /// The values in order; a non-finite value leaves a gap.
    public var values: [Double]

    /// Creates the input of a sparkline.
    public init(title: String, description: String? = nil, values: [Double]) {
        self.title = title
        self.description = description
        self.values = values
    }
}

extension Chart where Kind == SparklineInput {
    /// The line and the dot on its last value.
    func content() -> [SVGElement] {
        let points = input.values.enumerated().map { ChartPoint(Double($0.offset), $0.element) }
        let x = LinearScale(
            domain: TimeAxis.domain(count: points.count, padded: false), rangeStart: 2, rangeEnd: size.width - 4)
        let y = LinearScale(covering: input.values, rangeStart: size.height - 3, rangeEnd: 3)
        let pixels = points.map { $0.isFinite ? ChartPoint(x($0.x), y($0.y)) : ChartPoint(.nan, .nan) }
        var content = [
            SVGElement(
                "path",
                [
                    "class": .text(ChartClass.line + " " + ChartClass.series(0)), "d": .text(SVGPath.polyline(pixels).d),
                    "fill": "none", "stroke": "currentColor", "stroke-width": "1.5", "stroke-linejoin": "round", "stroke-linecap": "round",
                ])
        ]
        if let last = pixels.last, last.isFinite {
            content.append(
                SVGElement(
                    "circle",
                    [
                        "class": "cp-sparkline-last", "cx": .number(last.x), "cy": .number(last.y), "r": "2",
                        "fill": .text(OkabeIto.vermillion),
                    ]))
        }
        return content
    }

    /// First, last, lowest and highest values, for screen readers.
    var generatedDescription: String {
        let finite = input.values.filter(\.isFinite)
        guard let first = finite.first, let last = finite.last, let low = finite.min(), let high = finite.max() else {
            return "No data."
        }
        func text(_ value: Double) -> String { DisplayNumber.trimmed(value, maxDecimals: 2) }
        return "From " + text(first) + " to " + text(last) + "; low " + text(low) + ", high " + text(high) + "."
    }
}

extension SparklineInput {
    /// Draws `chart`.
    public static func content(of chart: Sparkline) -> [SVGElement] { chart.content() }
    /// Describes `chart` from its data.
    public static func generatedDescription(of chart: Sparkline) -> String { chart.generatedDescription }
}
