import NumberStyle

/// A word-sized line chart for use inside text, without axes.
///
/// Its size is fixed (96 × 24 by default) rather than the column's width; the last value is marked
/// with a dot.
public struct Sparkline: Sendable, Equatable {
    /// What the sparkline shows.
    public struct Input: Sendable, Equatable {
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

    /// The prefix of every id in the chart.
    public var id: ChartID
    /// What the sparkline shows.
    public var input: Input
    /// The size in pixels (also the viewBox).
    public var size: ChartSize

    /// Creates a sparkline.
    ///
    /// - Parameters:
    ///   - id: a prefix for the chart's ids, unique on the page (sanitised by ``ChartID``).
    ///   - input: what the sparkline shows.
    ///   - size: the size in pixels.
    public init(id: String, input: Input, size: ChartSize = .sparkline) {
        self.id = ChartID(id)
        self.input = input
        self.size = size
    }

    /// The sparkline as a standalone `<svg>` element followed by a newline.
    public func svg() -> String {
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
        return ChartDocument(
            id: id, kind: "sparkline", size: size, title: input.title,
            description: input.description ?? generatedDescription, fixedSize: true, content: content
        ).render()
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
