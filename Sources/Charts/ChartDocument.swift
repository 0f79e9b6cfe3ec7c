/// The root of every chart: an accessible, self-contained `<svg>` element.
///
/// It carries `role="img"`, an `aria-labelledby` that names its `<title>` and `<desc>`, a
/// `viewBox` with `width="100%"` (unless a fixed size is asked for), and the `cp-chart` classes.
/// No script, no external reference, no font download.
struct ChartDocument {
    var id: ChartID
    var kind: String
    var size: ChartSize
    var title: String
    var description: String
    /// A fixed width and height in pixels instead of `width="100%"` (for sparklines).
    var fixedSize = false
    var content: [SVGElement]

    func render() -> String {
        String(decoding: renderBytes(), as: UTF8.self)
    }

    /// ``render()`` as UTF-8 bytes.
    func renderBytes() -> [UInt8] {
        var root = SVGElement(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg",
                "id": .text(id.prefix),
                "class": .text(ChartClass.chart + " " + ChartClass.chart + "-" + kind),
                "viewBox": .text("0 0 " + ChartNumberFormat.coordinate(size.width) + " "
                    + ChartNumberFormat.coordinate(size.height)),
            ])
        if fixedSize {
            root.set("width", .number(size.width))
            root.set("height", .number(size.height))
        } else {
            root.set("width", "100%")
        }
        root.set("role", "img")
        root.set("aria-labelledby", .text(id.part("title") + " " + id.part("desc")))
        root.set("font-family", .text(ChartTypography.fontFamily))
        root.set("font-size", .number(ChartTypography.tickSize))
        root.set("fill", "currentColor")
        root.append(SVGElement("title", ["id": .text(id.part("title"))], text: title))
        root.append(SVGElement("desc", ["id": .text(id.part("desc"))], text: description))
        root.append(contentsOf: content)
        var output = UTF8Writer(capacity: 16_384)
        root.render(into: &output, depth: 0)
        output.append(ascii: UInt8(ascii: "\n"))
        return output.bytes
    }
}
