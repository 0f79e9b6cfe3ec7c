/// Drawing and describing named series the same way in every chart over dates.
enum SeriesLegend {
    static let lineWidth = 2.0

    /// A legend with one line swatch per series (none when there is a single unnamed series).
    static func legend(for series: [ChartSeries]) -> Legend {
        if series.count == 1 && series[0].name.isEmpty { return Legend(entries: []) }
        return Legend(
            entries: series.enumerated().map { index, series in
                Legend.Entry(
                    label: series.name,
                    swatch: .line(colour: OkabeIto.seriesColour(index), width: lineWidth, dash: dash(index)),
                    swatchClass: ChartClass.line + " " + ChartClass.series(index))
            })
    }

    /// The path of series `index` through `pixels`.
    static func line(_ pixels: [ChartPoint], series index: Int) -> SVGElement {
        line(pixels, series: index, width: lineWidth, dash: dash(index))
    }

    /// The path of series `index` through `pixels`, `width` wide, dashed by `dash` (an SVG
    /// `stroke-dasharray`) unless nil.
    static func line(_ pixels: [ChartPoint], series index: Int, width: Double, dash: String?) -> SVGElement {
        var path = SVGElement(
            "path",
            [
                "class": .text(ChartClass.line + " " + ChartClass.series(index)),
                "d": .text(SVGPath.polyline(pixels).d), "fill": "none",
                "stroke": .text(OkabeIto.seriesColour(index)), "stroke-width": .number(width),
                "stroke-linejoin": "round", "stroke-linecap": "round",
            ])
        if let dash { path.set("stroke-dasharray", .text(dash)) }
        return path
    }

    /// Series past the palette's length are dashed, so that colours repeating still tell them apart.
    static func dash(_ index: Int) -> String? {
        index < OkabeIto.seriesColours.count ? nil : "6 3"
    }

    /// One sentence per series: first and last values with their dates.
    static func describe(_ series: [ChartSeries], dates: [String], style: ValueStyle, opening: String) -> String {
        var sentences: [String] = []
        if let first = dates.first, let last = dates.last {
            sentences.append(opening + " from " + first + " to " + last + ".")
        } else {
            sentences.append(opening + ": no dates.")
        }
        for item in series {
            let name = item.name.isEmpty ? "The series" : item.name
            guard let ends = ChartSeries(name: item.name, values: Array(item.values.prefix(dates.count))).finiteEnds
            else {
                sentences.append(name + ": no data.")
                continue
            }
            sentences.append(
                name + ": " + style.describe(ends.first.value) + " on " + dates[ends.first.index] + ", "
                    + style.describe(ends.last.value) + " on " + dates[ends.last.index] + ".")
        }
        return sentences.joined(separator: " ")
    }
}
