import NumberStyle

/// A vertical marker to draw.
private struct PayoffMarker {
    var value: Double
    var label: String
    var kind: String
    var optionalLabel: Bool
    /// Label anchors to try, best first: inner markers flag inwards, outer ones outwards.
    var anchors: [MarkerLabels.Anchor]
}

extension Chart where Kind == PayoffChartInput {
    /// The finite points of a curve, sorted by spot.
    ///
    /// A curve that is already finite and strictly increasing in spot, as curves usually are, is
    /// returned as it is: sorting it would not change it.
    static func cleaned(_ points: [ChartPoint]) -> [ChartPoint] {
        if points.allSatisfy(\.isFinite) && zip(points, points.dropFirst()).allSatisfy({ $0.x < $1.x }) {
            return points
        }
        return points.filter(\.isFinite).sorted { $0.x < $1.x }
    }

    /// The expiration curve clipped at zero from below, with its zero crossings added, so that its
    /// area down to zero is exactly the profit zone.
    static func profitOutline(_ curve: [ChartPoint]) -> [ChartPoint] {
        var outline: [ChartPoint] = []
        for (index, point) in curve.enumerated() {
            if index > 0 {
                let previous = curve[index - 1]
                if (previous.y > 0) != (point.y > 0), point.y != previous.y {
                    let fraction = (0 - previous.y) / (point.y - previous.y)
                    let crossing = previous.x + fraction * (point.x - previous.x)
                    if fraction > 0 && fraction < 1 { outline.append(ChartPoint(x: crossing, y: 0)) }
                }
            }
            outline.append(ChartPoint(x: point.x, y: max(point.y, 0)))
        }
        return outline
    }

    func content() -> [SVGElement] {
        let expiration = PayoffChart.cleaned(input.expiration)
        let today = PayoffChart.cleaned(input.today)
        let markers = markerList()

        // Both curves in order, walked without copying them into a new array.
        let bothCurves = [expiration, today].joined()
        var xDomain = LinearScale.extent(of: bothCurves.lazy.map(\.x))
        if expiration.isEmpty && today.isEmpty {
            let around = LinearScale.extent(of: markers.map(\.value))
            let pad = max((around.upperBound - around.lowerBound) * 0.1, abs(around.lowerBound) * 0.02)
            xDomain = (around.lowerBound - pad)...(around.upperBound + pad)
        }
        let yRaw = LinearScale.extent(of: [expiration, today, [ChartPoint(x: 0, y: 0)]].joined().lazy.map(\.y))
        let yPad = (yRaw.upperBound - yRaw.lowerBound) * 0.05
        let yScale = LinearScale(
            domain: (yRaw.lowerBound - yPad)...(yRaw.upperBound + yPad), rangeStart: 1, rangeEnd: 0
        ).niced(count: 5)

        let hasProfitZone = expiration.contains { $0.y > 0 }
        let skeleton = CartesianChart(
            id: id, size: size, yTicks: AxisTick.numeric(yScale, count: 5, style: .number),
            yAxisTitle: "P&L (" + input.unit + ")", xAxisTitle: input.xAxisTitle,
            legend: Legend(entries: legendEntries(hasToday: !today.isEmpty, hasProfitZone: hasProfitZone)))
        let provisional = skeleton.plot()
        let probe = LinearScale(domain: xDomain, rangeStart: provisional.left, rangeEnd: provisional.right)
        let visible = markers.filter { xDomain.contains($0.value) }
        let labels = MarkerLabels.place(
            visible.map {
                .init(x: probe($0.value), text: $0.label, optional: $0.optionalLabel, anchors: $0.anchors)
            },
            left: provisional.left - 4, chartWidth: size.width)
        let extraTop = Double(MarkerLabels.rowCount(labels)) * MarkerLabels.rowHeight + (labels.isEmpty ? 0 : 3)
        return skeleton.elements(
            plot: skeleton.plot(extraTop: extraTop), xDomain: xDomain, yDomain: yScale.domain,
            xTicks: { AxisTick.numeric($0.x, count: 5, style: .number) },
            draw: { frame in
                let data = curves(expiration: expiration, today: today, frame: frame)
                return (data.filter { $0.attribute("d") != .text("") }, [markerGroup(visible, labels: labels, frame: frame)])
            })
    }

    /// The profit zone, the zero line, today's curve and the expiration curve.
    private func curves(expiration: [ChartPoint], today: [ChartPoint], frame: CartesianFrame) -> [SVGElement] {
        var data: [SVGElement] = []
        let zone = SVGPath.area(frame.pixels(PayoffChart.profitOutline(expiration)), baseline: frame.y(0))
        if !zone.isEmpty {
            data.append(
                SVGElement(
                    "path",
                    [
                        "class": .text(ChartClass.profitZone), "d": .text(zone.d), "fill": .text(OkabeIto.bluishGreen),
                        "fill-opacity": "0.18", "stroke": "none",
                    ]))
        }
        data.append(frame.zeroLine())
        data.append(SeriesLegend.line(frame.pixels(today), series: 1, width: 1.75, dash: "6 4"))
        data.append(SeriesLegend.line(frame.pixels(expiration), series: 0, width: 2.25, dash: nil))
        return data
    }

    private func legendEntries(hasToday: Bool, hasProfitZone: Bool) -> [Legend.Entry] {
        var entries = [
            Legend.Entry(
                label: "At expiration", swatch: .line(colour: OkabeIto.seriesColour(0), width: 2.25, dash: nil),
                swatchClass: ChartClass.line + " " + ChartClass.series(0))
        ]
        if hasToday {
            entries.append(
                Legend.Entry(
                    label: "Today (T+0)", swatch: .line(colour: OkabeIto.seriesColour(1), width: 1.75, dash: "6 4"),
                    swatchClass: ChartClass.line + " " + ChartClass.series(1)))
        }
        guard hasProfitZone else { return entries }
        entries.append(
            Legend.Entry(
                label: "Profit zone", swatch: .box(colour: OkabeIto.bluishGreen, opacity: 0.18),
                swatchClass: ChartClass.profitZone))
        return entries
    }

    /// Markers in labelling priority: spot, short strikes, break-evens, then the optional wings.
    private func markerList() -> [PayoffMarker] {
        var markers: [PayoffMarker] = []
        func add(
            _ value: Double?, _ label: String, _ kind: String, _ anchors: [MarkerLabels.Anchor],
            optional: Bool = false
        ) {
            guard let value, value.isFinite else { return }
            let number = DisplayNumber.trimmed(value, maxDecimals: kind == "short" || kind == "long" ? 2 : 0)
            markers.append(
                PayoffMarker(value: value, label: label + " " + number, kind: kind, optionalLabel: optional, anchors: anchors))
        }
        add(input.spot, "spot", "spot", [.centred, .right, .left])
        add(input.shortStrikes?.put, "short", "short", [.right, .centred, .left])
        add(input.shortStrikes?.call, "short", "short", [.left, .centred, .right])
        add(input.breakEvens?.low, "BE", "breakeven", [.left, .centred, .right])
        add(input.breakEvens?.high, "BE", "breakeven", [.right, .centred, .left])
        add(input.longStrikes?.put, "long", "long", [.left, .centred, .right], optional: true)
        add(input.longStrikes?.call, "long", "long", [.right, .centred, .left], optional: true)
        return markers
    }

    private func markerGroup(_ markers: [PayoffMarker], labels: [MarkerLabels.Placement], frame: CartesianFrame)
        -> SVGElement
    {
        var group = SVGElement("g", ["class": "cp-markers"])
        for (index, marker) in markers.enumerated() {
            let x = frame.x(marker.value)
            let placement = labels.first { $0.request == index }
            let rowBaseline = frame.plot.top - 7 - Double(placement?.row ?? 0) * MarkerLabels.rowHeight
            let top: Double
            switch placement?.anchor {
            case .centred?: top = rowBaseline + 3
            case .left?, .right?: top = rowBaseline - ChartTypography.markerSize * 0.75
            case nil: top = frame.plot.top
            }
            var line = SVGElement(
                "line",
                [
                    "class": .text(ChartClass.marker + " cp-marker-" + marker.kind), "x1": .number(x),
                    "y1": .number(top), "x2": .number(x), "y2": .number(frame.plot.bottom),
                ])
            for (name, value) in PayoffChart.markerStroke(marker.kind) { line.set(name, value) }
            group.append(line)
            guard let placement else { continue }
            let (textX, anchor): (Double, SVGAttributeValue) =
                switch placement.anchor {
                case .centred: ((placement.box.lowerBound + placement.box.upperBound) / 2, "middle")
                case .right: (placement.box.lowerBound, "start")
                case .left: (placement.box.upperBound, "end")
                }
            group.append(
                SVGElement(
                    "text",
                    [
                        "class": .text(ChartClass.markerLabel + " cp-marker-" + marker.kind), "x": .number(textX),
                        "y": .number(rowBaseline), "text-anchor": anchor,
                    ], text: marker.label))
        }
        return group
    }

    private static func markerStroke(_ kind: String) -> KeyValuePairs<String, SVGAttributeValue> {
        switch kind {
        case "spot": ["stroke": "currentColor", "stroke-opacity": "0.7", "stroke-width": "1.25"]
        case "breakeven":
            ["stroke": .text(OkabeIto.bluishGreen), "stroke-width": "1.25", "stroke-dasharray": "5 3"]
        case "short": ["stroke": "currentColor", "stroke-opacity": "0.6", "stroke-width": "1", "stroke-dasharray": "2 2"]
        default: ["stroke": "currentColor", "stroke-opacity": "0.35", "stroke-width": "1", "stroke-dasharray": "1 3"]
        }
    }
}
