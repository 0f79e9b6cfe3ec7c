/// The skeleton of every x–y chart, set up once: a plot sized for the y tick labels, an x axis
/// title and the legend; gridlines, both axes, the data clipped to the plot, overlays, the legend.
///
/// A chart kind supplies the y ticks, titles and legend, then draws its data into the frame.
struct CartesianChart {
    var id: ChartID
    var size: ChartSize
    /// The y axis ticks (their labels set the left margin).
    var yTicks: [AxisTick]
    var yAxisTitle: String
    /// The x axis title; empty for none.
    var xAxisTitle: String
    var legend: Legend

    /// The plot rectangle, with `extraTop` room above it (for marker labels).
    func plot(extraTop: Double = 0) -> PlotRect {
        CartesianLayout.plot(
            size: size, yLabels: yTicks.map(\.label), extraTop: extraTop,
            legendHeight: legend.height(width: CartesianLayout.legendWidth(size)), hasXTitle: !xAxisTitle.isEmpty)
    }

    /// The chart's elements around what `draw` puts into the frame.
    ///
    /// - Parameters:
    ///   - plot: the plot rectangle (normally ``plot(extraTop:)``).
    ///   - xDomain: the data interval of the x axis.
    ///   - yDomain: the data interval of the y axis (that of the ticks' scale).
    ///   - xTicks: the x axis ticks, given the frame.
    ///   - draw: the data, clipped to the plot, and the overlays drawn above it, given the frame.
    func elements(
        plot: PlotRect, xDomain: ClosedRange<Double>, yDomain: ClosedRange<Double>,
        xTicks: (CartesianFrame) -> [AxisTick],
        draw: (CartesianFrame) -> (data: [SVGElement], overlays: [SVGElement])
    ) -> [SVGElement] {
        let frame = CartesianFrame(id: id, plot: plot, xDomain: xDomain, yDomain: yDomain)
        let drawn = draw(frame)
        return [
            frame.clipDefinition(),
            frame.horizontalGrid(yTicks),
            frame.leftAxis(yTicks, title: yAxisTitle),
            frame.bottomAxis(xTicks(frame), title: xAxisTitle, chartWidth: size.width),
            frame.dataGroup(drawn.data),
        ] + drawn.overlays + [CartesianLayout.legend(legend, under: plot, size: size, hasXTitle: !xAxisTitle.isEmpty)]
    }
}
