/// A chart of one kind, rendered as a standalone, accessible `<svg>` element.
///
/// Every chart kind is this type over its input (``LineChart`` is `Chart<LineChartInput>`, and so
/// on): the ids, the size and the document around the drawing are declared here once; the input
/// says what the chart shows and how its kind draws it.
///
/// ```swift
/// let svg = LineChart(id: "equity", input: .init(
///     title: "Equity", dates: dates, series: series, yAxisTitle: "Equity (USD)")).svg()
/// ```
public struct Chart<Kind: ChartInput>: Sendable, Equatable {
    /// What a chart of this kind shows, such as `LineChart.Input`.
    public typealias Input = Kind

    /// The prefix of every id in the chart.
    public var id: ChartID
    /// What the chart shows.
    public var input: Input
    /// The viewBox size.
    public var size: ChartSize

    /// Creates a chart.
    ///
    /// - Parameters:
    ///   - id: a prefix for the chart's ids, unique on the page (sanitised by ``ChartID``).
    ///   - input: what the chart shows.
    ///   - size: the viewBox size (the kind's ``ChartInput/defaultSize`` unless given).
    public init(id: String, input: Input, size: ChartSize = Kind.defaultSize) {
        self.id = ChartID(id)
        self.input = input
        self.size = size
    }

    /// The chart as a standalone `<svg>` element followed by a newline.
    public func svg() -> String {
        String(decoding: svgBytes(), as: UTF8.self)
    }

    /// ``svg()`` as UTF-8 bytes: what a page that writes bytes inserts, without a `String` between.
    public func svgBytes() -> [UInt8] {
        ChartDocument(
            id: id, kind: Kind.name, size: size, title: input.title,
            description: input.description ?? Kind.generatedDescription(of: self),
            fixedSize: Kind.fixedSize, content: Kind.content(of: self)
        ).renderBytes()
    }
}

/// What one kind of chart shows, and how that kind draws it.
public protocol ChartInput: Sendable, Equatable {
    /// The kind's name, in the root's classes as `cp-chart-<name>`.
    static var name: String { get }
    /// The viewBox size of a chart of this kind when none is given.
    static var defaultSize: ChartSize { get }
    /// Whether the chart is drawn at its size in pixels instead of the column's width.
    static var fixedSize: Bool { get }
    /// The accessible title (`<title>`).
    var title: String { get }
    /// The accessible description (`<desc>`); nil writes one from the data.
    var description: String? { get }
    /// The elements of `chart` after its `<title>` and `<desc>`.
    static func content(of chart: Chart<Self>) -> [SVGElement]
    /// The description of `chart` written from its data, for screen readers.
    static func generatedDescription(of chart: Chart<Self>) -> String
}

extension ChartInput {
    /// The standard viewBox size.
    public static var defaultSize: ChartSize { .standard }
    /// Drawn at the column's width.
    public static var fixedSize: Bool { false }
}
