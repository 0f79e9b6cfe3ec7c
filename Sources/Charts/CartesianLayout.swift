/// Margins of an x–y chart, worked out from what has to fit around the plot.
enum CartesianLayout {
    /// Distance from the plot's bottom to the baseline of the x axis title.
    static let xTitleBaseline = tickBaseline + ChartTypography.lineHeight
    /// Distance from the plot's bottom to the baseline of the x tick labels.
    /// (Low enough that the first x label clears the lowest y label, centred on the plot's bottom.)
    static let tickBaseline = 4 + ChartTypography.tickSize + 4
    /// Distance from the plot's bottom to the top of the legend, below an x axis title or not.
    static func legendTop(hasXTitle: Bool) -> Double {
        (hasXTitle ? xTitleBaseline : tickBaseline) + 10
    }
    static let rightMargin = 14.0
    static let topMargin = 16.0

    /// The plot rectangle for a chart of `size` whose y tick labels are `yLabels`.
    ///
    /// - Parameters:
    ///   - extraTop: room above the plot for marker labels.
    ///   - legendHeight: room below the axis title for the legend (0 for none).
    ///   - hasXTitle: whether an x axis title sits under the tick labels.
    static func plot(
        size: ChartSize, yLabels: [String], extraTop: Double = 0, legendHeight: Double, hasXTitle: Bool
    ) -> PlotRect {
        let widest = yLabels.map { TextMetrics.width($0, fontSize: ChartTypography.tickSize) }.max() ?? 0
        let left = 4 + ChartTypography.titleSize + 8 + widest + 6
        let axisRoom = (hasXTitle ? xTitleBaseline : tickBaseline) + 6
        let bottomRoom = legendHeight > 0 ? legendTop(hasXTitle: hasXTitle) + legendHeight : axisRoom
        return PlotRect(
            left: left.rounded(.up), top: topMargin + extraTop, right: size.width - rightMargin,
            bottom: size.height - bottomRoom)
    }

    /// Where a legend's rows start: under the y axis title, at the chart's left edge.
    static let legendLeft = 4.0

    /// The width a legend may take in a chart of `size`: the whole chart less its edges.
    static func legendWidth(_ size: ChartSize) -> Double {
        size.width - 2 * legendLeft
    }

    /// The legend group placed under the plot's x axis.
    static func legend(_ legend: Legend, under plot: PlotRect, size: ChartSize, hasXTitle: Bool) -> SVGElement {
        legend.element(left: legendLeft, top: plot.bottom + legendTop(hasXTitle: hasXTitle), width: legendWidth(size))
    }
}
