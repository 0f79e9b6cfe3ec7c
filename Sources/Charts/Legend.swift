/// A legend: a row (or several) of swatches with names, laid out left to right and wrapped to fit.
struct Legend {
    /// What a legend entry's swatch looks like.
    enum Swatch {
        /// A short line, optionally dashed (`dash` is an SVG `stroke-dasharray`).
        case line(colour: String, width: Double, dash: String?)
        /// A small filled square with the given opacity.
        case box(colour: String, opacity: Double)
    }

    /// One entry.
    struct Entry {
        var label: String
        var swatch: Swatch
        /// Extra classes on the swatch, such as `cp-line cp-series-1`, so CSS restyles it with the
        /// data it stands for.
        var swatchClass: String
    }

    var entries: [Entry]

    /// The longest a label may be before it is cut with an ellipsis.
    static let maxLabelWidth = 200.0

    static let rowHeight = ChartTypography.lineHeight + 2
    private static let swatchWidth = 18.0
    private static let gap = 5.0
    private static let spacing = 14.0

    /// The entries placed in rows no wider than `width`: each entry's x offset from the row start.
    func rows(width: Double) -> [[(entry: Entry, offset: Double)]] {
        var rows: [[(entry: Entry, offset: Double)]] = []
        var current: [(entry: Entry, offset: Double)] = []
        var cursor = 0.0
        for entry in entries {
            let entryWidth = Legend.width(of: entry)
            if !current.isEmpty && cursor + entryWidth > width {
                rows.append(current)
                current = []
                cursor = 0
            }
            current.append((entry, cursor))
            cursor += entryWidth + Legend.spacing
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    /// The height the legend needs when it is `width` wide (0 without entries).
    func height(width: Double) -> Double {
        Double(rows(width: width).count) * Legend.rowHeight
    }

    /// The legend group, its first row's top at `top`, rows starting at `left`, at most `width` wide.
    func element(left: Double, top: Double, width: Double) -> SVGElement {
        var group = SVGElement(
            "g", ["class": .text(ChartClass.legend)])
        for (rowIndex, row) in rows(width: width).enumerated() {
            let centre = top + Legend.rowHeight * (Double(rowIndex) + 0.5)
            for (entry, offset) in row {
                let start = left + offset
                group.append(swatch(entry, x: start, centreY: centre))
                group.append(
                    SVGElement(
                        "text",
                        [
                            "x": .number(start + Legend.swatchWidth + Legend.gap),
                            "y": .number(centre + ChartTypography.legendSize * ChartTypography.centreToBaseline),
                        ], text: Legend.label(entry)))
            }
        }
        return group
    }

    private func swatch(_ entry: Entry, x: Double, centreY: Double) -> SVGElement {
        switch entry.swatch {
        case .line(let colour, let width, let dash):
            var line = SVGElement(
                "line",
                [
                    "class": .text(entry.swatchClass), "x1": .number(x), "y1": .number(centreY),
                    "x2": .number(x + Legend.swatchWidth), "y2": .number(centreY), "stroke": .text(colour),
                    "stroke-width": .number(width),
                ])
            if let dash { line.set("stroke-dasharray", .text(dash)) }
            return line
        case .box(let colour, let opacity):
            return SVGElement(
                "rect",
                [
                    "class": .text(entry.swatchClass), "x": .number(x + 3), "y": .number(centreY - 6),
                    "width": "12", "height": "12", "fill": .text(colour), "fill-opacity": .number(opacity),
                    "stroke": .text(colour), "stroke-opacity": "0.6",
                ])
        }
    }

    private static func width(of entry: Entry) -> Double {
        swatchWidth + gap + TextMetrics.width(label(entry), fontSize: ChartTypography.legendSize)
    }

    private static func label(_ entry: Entry) -> String {
        TextMetrics.truncated(entry.label, fontSize: ChartTypography.legendSize, maxWidth: maxLabelWidth)
    }
}
