/// A line chart over dates with one or more named series and a legend (for example the equity
/// curves of the three profiles).
public typealias LineChart = Chart<LineChartInput>

/// What a line chart shows.
public struct LineChartInput: ChartInput {
    public static let name = "line"

    /// The accessible title (`<title>`).
    public var title: String
    /// The accessible description (`<desc>`); nil writes one from the data.
    public var description: String?
    /// The date labels of the x axis, one per value (any text, usually `YYYY-MM-DD`).
    public var dates: [String]
    /// The series, drawn in order with the Okabe–Ito colours (blue, vermillion, green …).
    public var series: [ChartSeries]
    /// The y axis title, such as `Equity (USD)`.
    public var yAxisTitle: String
    /// The x axis title; empty for none.
    public var xAxisTitle: String
    /// How y values are written.
    public var valueStyle: ValueStyle

    /// Creates the input of a line chart.
    ///
    /// - Parameters:
    ///   - title: the accessible title.
    ///   - description: the accessible description, or nil to write one from the data.
    ///   - dates: one label per value.
    ///   - series: the named series.
    ///   - yAxisTitle: the y axis title.
    ///   - xAxisTitle: the x axis title (none by default: dates speak for themselves).
    ///   - valueStyle: `.number` (default) or `.percent` for fractions.
    public init(
        title: String, description: String? = nil, dates: [String], series: [ChartSeries],
        yAxisTitle: String, xAxisTitle: String = "", valueStyle: ValueStyle = .number
    ) {
        self.title = title
        self.description = description
        self.dates = dates
        self.series = series
        self.yAxisTitle = yAxisTitle
        self.xAxisTitle = xAxisTitle
        self.valueStyle = valueStyle
    }
}

extension Chart where Kind == LineChartInput {
    private var count: Int { input.dates.count }

    func content() -> [SVGElement] {
        let values = input.series.flatMap { $0.values.prefix(count) }
        let raw = LinearScale.extent(of: values)
        let pad = (raw.upperBound - raw.lowerBound) * 0.05
        let yScale = LinearScale(domain: (raw.lowerBound - pad)...(raw.upperBound + pad), rangeStart: 1, rangeEnd: 0)
            .niced(count: 5)
        let skeleton = CartesianChart(
            id: id, size: size, yTicks: AxisTick.numeric(yScale, count: 5, style: input.valueStyle),
            yAxisTitle: input.yAxisTitle, xAxisTitle: input.xAxisTitle, legend: SeriesLegend.legend(for: input.series))
        return skeleton.elements(
            plot: skeleton.plot(), xDomain: TimeAxis.domain(count: count, padded: false), yDomain: yScale.domain,
            xTicks: { TimeAxis.ticks(input.dates, plotWidth: $0.plot.width) },
            draw: { frame in
                let lines = input.series.enumerated().map { index, series in
                    SeriesLegend.line(frame.pixels(series.points(count: count)), series: index)
                }
                return (lines, [])
            })
    }

    /// A summary of the chart for screen readers, used when the input has no description.
    var generatedDescription: String {
        SeriesLegend.describe(
            input.series, dates: input.dates, style: input.valueStyle,
            opening: input.yAxisTitle + " by date")
    }
}

extension LineChartInput {
    /// Draws `chart`.
    public static func content(of chart: LineChart) -> [SVGElement] { chart.content() }
    /// Describes `chart` from its data.
    public static func generatedDescription(of chart: LineChart) -> String { chart.generatedDescription }
}
