/// A line chart over dates with one or more named series and a legend (for example the equity
/// curves of the three profiles).
public struct LineChart: Sendable, Equatable {
    /// What the line chart shows.
    public struct Input: Sendable, Equatable {
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

    /// The prefix of every id in the chart.
    public var id: ChartID
    /// What the chart shows.
    public var input: Input
    /// The viewBox size.
    public var size: ChartSize

    /// Creates a line chart.
    ///
    /// - Parameters:
    ///   - id: a prefix for the chart's ids, unique on the page (sanitised by ``ChartID``).
    ///   - input: what the chart shows.
    ///   - size: the viewBox size.
    public init(id: String, input: Input, size: ChartSize = .standard) {
        self.id = ChartID(id)
        self.input = input
        self.size = size
    }

    /// The chart as a standalone `<svg>` element followed by a newline.
    public func svg() -> String {
        ChartDocument(
            id: id, kind: "line", size: size, title: input.title,
            description: input.description ?? generatedDescription, content: content()
        ).render()
    }

    private var count: Int { input.dates.count }

    private func content() -> [SVGElement] {
        let values = input.series.flatMap { $0.values.prefix(count) }
        let raw = LinearScale.extent(of: values)
        let pad = (raw.upperBound - raw.lowerBound) * 0.05
        let yScale = LinearScale(domain: (raw.lowerBound - pad)...(raw.upperBound + pad), rangeStart: 1, rangeEnd: 0)
            .niced(count: 5)
        let yTicks = AxisTick.numeric(yScale, count: 5, style: input.valueStyle)
        let legend = SeriesLegend.legend(for: input.series)
        let plot = CartesianLayout.plot(
            size: size, yLabels: yTicks.map(\.label), legendHeight: legend.height(width: CartesianLayout.legendWidth(size)),
            hasXTitle: !input.xAxisTitle.isEmpty)
        let frame = CartesianFrame(
            id: id, plot: plot, xDomain: TimeAxis.domain(count: count, padded: false), yDomain: yScale.domain)
        let lines = input.series.enumerated().map { index, series in
            SeriesLegend.line(frame.pixels(series.points(count: count)), series: index)
        }
        return [
            frame.clipDefinition(),
            frame.horizontalGrid(yTicks),
            frame.leftAxis(yTicks, title: input.yAxisTitle),
            frame.bottomAxis(
                TimeAxis.ticks(input.dates, plotWidth: plot.width), title: input.xAxisTitle, chartWidth: size.width),
            frame.dataGroup(lines),
            CartesianLayout.legend(legend, under: plot, size: size, hasXTitle: !input.xAxisTitle.isEmpty),
        ]
    }

    /// A summary of the chart for screen readers, used when the input has no description.
    var generatedDescription: String {
        SeriesLegend.describe(
            input.series, dates: input.dates, style: input.valueStyle,
            opening: input.yAxisTitle + " by date")
    }
}
