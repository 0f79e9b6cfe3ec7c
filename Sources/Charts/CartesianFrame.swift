/// A plot rectangle with its two scales, and the pieces every x–y chart draws around the data:
/// clip path, gridlines, axes with tick labels and titles.
struct CartesianFrame {
    var id: ChartID
    var plot: PlotRect
    var x: LinearScale
    var y: LinearScale

    init(id: ChartID, plot: PlotRect, xDomain: ClosedRange<Double>, yDomain: ClosedRange<Double>) {
        self.id = id
        self.plot = plot
        self.x = LinearScale(domain: xDomain, rangeStart: plot.left, rangeEnd: plot.right)
        self.y = LinearScale(domain: yDomain, rangeStart: plot.bottom, rangeEnd: plot.top)
    }

    /// Maps a data point to pixels.
    func pixel(_ point: ChartPoint) -> ChartPoint {
        ChartPoint(x: x(point.x), y: y(point.y))
    }

    /// Maps data points to pixels, keeping non-finite points non-finite (they become gaps).
    func pixels(_ points: [ChartPoint]) -> [ChartPoint] {
        points.map { $0.isFinite ? pixel($0) : ChartPoint(x: .nan, y: .nan) }
    }

    /// `<defs>` with the clip path of the plot area, `<prefix>-plot`, three pixels larger on each
    /// side so that a line along an edge, or a dot at its end, keeps its whole stroke.
    func clipDefinition() -> SVGElement {
        let rect = SVGElement(
            "rect",
            [
                "x": .number(plot.left - 3), "y": .number(plot.top - 3),
                "width": .number(plot.width + 6), "height": .number(plot.height + 6),
            ])
        let clip = SVGElement("clipPath", ["id": .text(id.part("plot"))], children: [.element(rect)])
        return SVGElement("defs", children: [.element(clip)])
    }

    /// A group clipped to the plot area holding `children`.
    func dataGroup(_ children: [SVGElement]) -> SVGElement {
        var group = SVGElement(
            "g", ["class": .text(ChartClass.data), "clip-path": .text("url(#" + id.part("plot") + ")")])
        group.append(contentsOf: children)
        return group
    }

    /// Horizontal gridlines at the y ticks.
    func horizontalGrid(_ ticks: [AxisTick]) -> SVGElement {
        var group = SVGElement(
            "g",
            [
                "class": .text(ChartClass.grid), "stroke": "currentColor", "stroke-opacity": "0.14",
                "stroke-width": "1",
            ])
        for tick in ticks {
            let position = y(tick.value)
            group.append(
                SVGElement(
                    "line",
                    [
                        "x1": .number(plot.left), "y1": .number(position), "x2": .number(plot.right),
                        "y2": .number(position),
                    ]))
        }
        return group
    }

    /// The vertical axis: tick labels right-aligned left of the plot, and `title` rotated along
    /// the left edge.
    func leftAxis(_ ticks: [AxisTick], title: String) -> SVGElement {
        var group = SVGElement("g", ["class": .text(ChartClass.axis + " " + ChartClass.axis + "-y")])
        for tick in ticks {
            group.append(
                SVGElement(
                    "text",
                    [
                        "class": .text(ChartClass.tickLabel), "x": .number(plot.left - 6),
                        "y": .number(y(tick.value) + ChartTypography.tickSize * ChartTypography.centreToBaseline),
                        "text-anchor": "end",
                    ], text: tick.label))
        }
        let titleX = 4 + ChartTypography.titleSize * 0.8
        group.append(
            SVGElement(
                "text",
                [
                    "class": .text(ChartClass.axisTitle), "x": .number(titleX), "y": .number(plot.centreY),
                    "text-anchor": "middle",
                    "transform": .text("rotate(-90 " + ChartNumberFormat.coordinate(titleX) + " "
                        + ChartNumberFormat.coordinate(plot.centreY) + ")"),
                ], text: TextMetrics.truncated(title, fontSize: ChartTypography.titleSize, maxWidth: plot.height)))
        return group
    }

    /// The horizontal axis: a baseline along the plot's bottom, tick marks and labels (kept inside
    /// `chartWidth`), and `title` centred below.
    func bottomAxis(_ ticks: [AxisTick], title: String, chartWidth: Double) -> SVGElement {
        var group = SVGElement("g", ["class": .text(ChartClass.axis + " " + ChartClass.axis + "-x")])
        var lines = SVGElement("g", ["stroke": "currentColor", "stroke-width": "1"])
        lines.append(
            SVGElement(
                "line",
                [
                    "x1": .number(plot.left), "y1": .number(plot.bottom), "x2": .number(plot.right),
                    "y2": .number(plot.bottom),
                ]))
        for tick in ticks {
            let position = x(tick.value)
            lines.append(
                SVGElement(
                    "line",
                    [
                        "x1": .number(position), "y1": .number(plot.bottom), "x2": .number(position),
                        "y2": .number(plot.bottom + 4),
                    ]))
        }
        group.append(lines)
        for tick in CartesianFrame.labelled(ticks, positions: ticks.map { x($0.value) }) {
            let label = tick.label
            let half = TextMetrics.width(label, fontSize: ChartTypography.tickSize) / 2
            let centre = min(max(x(tick.value), half + 2), chartWidth - half - 2)
            group.append(
                SVGElement(
                    "text",
                    [
                        "class": .text(ChartClass.tickLabel), "x": .number(centre),
                        "y": .number(plot.bottom + CartesianLayout.tickBaseline), "text-anchor": "middle",
                    ], text: label))
        }
        if !title.isEmpty {
            group.append(
                SVGElement(
                    "text",
                    [
                        "class": .text(ChartClass.axisTitle), "x": .number(plot.centreX),
                        "y": .number(plot.bottom + CartesianLayout.xTitleBaseline), "text-anchor": "middle",
                    ], text: TextMetrics.truncated(title, fontSize: ChartTypography.titleSize, maxWidth: plot.width)))
        }
        return group
    }

    /// Every tick when their labels fit side by side, else every second, third … tick, so that no
    /// label is cut or touches its neighbour (8 units apart at least).
    static func labelled(_ ticks: [AxisTick], positions: [Double]) -> [AxisTick] {
        let spacing = zip(positions, positions.dropFirst()).map { $1 - $0 }.min() ?? .infinity
        let widest = ticks.map { TextMetrics.width($0.label, fontSize: ChartTypography.tickSize) }.max() ?? 0
        guard spacing.isFinite, spacing > 0, widest + 8 > spacing else { return ticks }
        let stride = Int((widest + 8) / spacing) + 1
        return ticks.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
    }

    /// The line across the plot at y = 0.
    func zeroLine() -> SVGElement {
        SVGElement(
            "line",
            [
                "class": .text(ChartClass.zeroLine), "x1": .number(plot.left), "y1": .number(y(0)),
                "x2": .number(plot.right), "y2": .number(y(0)), "stroke": "currentColor",
                "stroke-opacity": "0.6", "stroke-width": "1",
            ])
    }
}
