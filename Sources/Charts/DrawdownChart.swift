import NumberStyle

/// A drawdown chart: how far each series sits below its running peak, as a shaded area under
/// zero, in percent. It draws drawdowns computed elsewhere (the engine's, for the statistics page).
public typealias DrawdownChart = Chart<DrawdownChartInput>

/// What a drawdown chart shows.
public struct DrawdownChartInput: ChartInput {
    public static let name = "drawdown"

    /// The accessible title (`<title>`).
    public var title: String
    /// The accessible description (`<desc>`); nil writes one from the data.
    public var description: String?
    /// The date labels of the x axis, one per value.
    public var dates: [String]
    /// Drawdowns as fractions, one per date: `-0.12` is 12 % below the running peak. A positive
    /// value is read as its negative (both sign conventions work).
    public var series: [ChartSeries]
    /// The y axis title.
    public var yAxisTitle: String

    /// Creates the input of a drawdown chart.
    ///
    /// - Parameters:
    ///   - title: the accessible title.
    ///   - description: the accessible description, or nil to write one from the data.
    ///   - dates: one label per value.
    ///   - series: drawdown fractions per series (such as Strategy's `ProfileRun.drawdowns(over:)`).
    ///   - yAxisTitle: the y axis title (`Drawdown`).
    public init(
        title: String, description: String? = nil, dates: [String], series: [ChartSeries],
        yAxisTitle: String = "Drawdown"
    ) {
        self.title = title
        self.description = description
        self.dates = dates
        self.series = series
        self.yAxisTitle = yAxisTitle
    }
}

extension Chart where Kind == DrawdownChartInput {
    private var count: Int { input.dates.count }

    /// The series with every value made zero or negative.
    private var normalisedSeries: [ChartSeries] {
        input.series.map { ChartSeries(name: $0.name, values: $0.values.map { -abs($0) + 0.0 }) }
    }

    func content() -> [SVGElement] {
        let series = normalisedSeries
        let deepest = LinearScale.extent(of: series.flatMap { $0.values.prefix(count) }).lowerBound
        let yScale = LinearScale(domain: min(deepest * 1.05, -0.01)...0, rangeStart: 1, rangeEnd: 0).niced(count: 5)
        let skeleton = CartesianChart(
            id: id, size: size, yTicks: AxisTick.numeric(yScale, count: 5, style: .percent),
            yAxisTitle: input.yAxisTitle, xAxisTitle: "", legend: SeriesLegend.legend(for: series))
        return skeleton.elements(
            plot: skeleton.plot(), xDomain: TimeAxis.domain(count: count, padded: false), yDomain: yScale.domain,
            xTicks: { TimeAxis.ticks(input.dates, plotWidth: $0.plot.width) },
            draw: { frame in (areasAndLines(series, frame) + [frame.zeroLine()], []) })
    }

    /// Each series' area down to zero, then each series' line over all the areas.
    private func areasAndLines(_ series: [ChartSeries], _ frame: CartesianFrame) -> [SVGElement] {
        var data: [SVGElement] = []
        for (index, item) in series.enumerated() {
            let area = SVGPath.area(frame.pixels(item.points(count: count)), baseline: frame.y(0))
            guard !area.isEmpty else { continue }
            data.append(
                SVGElement(
                    "path",
                    [
                        "class": .text(ChartClass.area + " " + ChartClass.series(index)), "d": .text(area.d),
                        "fill": .text(OkabeIto.seriesColour(index)), "fill-opacity": series.count == 1 ? "0.2" : "0.08", "stroke": "none",
                    ]))
        }
        for (index, item) in series.enumerated() {
            data.append(SeriesLegend.line(frame.pixels(item.points(count: count)), series: index))
        }
        return data
    }

    /// A summary for screen readers: the deepest drawdown of each series and its date.
    var generatedDescription: String {
        var sentences: [String] = []
        if let first = input.dates.first, let last = input.dates.last {
            sentences.append("Drawdown below the running peak, in percent, from " + first + " to " + last + ".")
        } else {
            sentences.append("Drawdown below the running peak: no dates.")
        }
        for item in normalisedSeries {
            let name = item.name.isEmpty ? "The series" : item.name
            let values = Array(item.values.prefix(count))
            guard let deepest = values.indices.filter({ values[$0].isFinite }).min(by: { values[$0] < values[$1] })
            else {
                sentences.append(name + ": no data.")
                continue
            }
            sentences.append(
                name + ": deepest " + DisplayNumber.percent(values[deepest]) + " on "
                    + input.dates[deepest] + ".")
        }
        return sentences.joined(separator: " ")
    }
}

extension DrawdownChartInput {
    /// Draws `chart`.
    public static func content(of chart: DrawdownChart) -> [SVGElement] { chart.content() }
    /// Describes `chart` from its data.
    public static func generatedDescription(of chart: DrawdownChart) -> String { chart.generatedDescription }
}
