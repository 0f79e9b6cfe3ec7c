import Charts
import Strategy

/// The inline SVG figures of a briefing, keyed by the marker names in `briefing.md`.
enum BriefingFigures {
    /// The payoff chart and the invariant gauge of the featured (steward) position, when one is
    /// open, as UTF-8 HTML.
    static func figures(for inputs: BriefingInputs) -> [String: [UInt8]] {
        guard let position = inputs.steward.position else {
            guard case .condor(let preview)? = inputs.proposal else { return [:] }
            return ["proposal": proposalFigure(preview, inputs: inputs)]
        }
        let day = inputs.day
        let curves = PayoffProfile.curves(position: position, day: day, parameters: inputs.engine)
        let shortPut = position.leg(.put, .short)?.strike
        let shortCall = position.leg(.call, .short)?.strike
        let longPut = position.leg(.put, .long)?.strike
        let longCall = position.leg(.call, .long)?.strike
        let input = PayoffChart.Input(
            title: "Payoff of the steward's iron condor on \(day.date.iso)",
            expiration: curves.expiration.map { ChartPoint($0.spot, $0.pnl) },
            today: curves.today.map { ChartPoint($0.spot, $0.pnl) },
            breakEvens: position.breakevens.count == 2
                ? PayoffChart.BreakEvens(low: position.breakevens[0], high: position.breakevens[1]) : nil,
            shortStrikes: shortPut.flatMap { put in shortCall.map { PayoffChart.Strikes(put: put, call: $0) } },
            longStrikes: longPut.flatMap { put in longCall.map { PayoffChart.Strikes(put: put, call: $0) } },
            spot: day.spx)
        let payoff = PayoffChart(id: "payoff", input: input).svgBytes()
        let gauge = GaugeChart(id: "gauge", input: GaugeChart.Input(erosion: position.erosion, band: position.band))
            .svgBytes()
        return [
            "payoff": figure(payoff, escapedCaption: payoffCaption),
            "gauge": figure(gauge, escapedCaption: gaugeCaption),
        ]
    }

    /// The payoff chart of the condor a flat day proposes.
    private static func proposalFigure(_ preview: EntryPreview, inputs: BriefingInputs) -> [UInt8] {
        let day = inputs.day
        let curves = PayoffProfile.curves(
            legs: preview.legs, credit: preview.credit, contracts: preview.contracts, wingWidth: preview.wingWidth,
            expiration: preview.expiration, day: day, parameters: inputs.engine)
        let strikes = preview.strikes
        let input = PayoffChart.Input(
            title: "Payoff of the iron condor the rules would open after \(day.date.iso)",
            expiration: curves.expiration.map { ChartPoint($0.spot, $0.pnl) },
            today: curves.today.map { ChartPoint($0.spot, $0.pnl) },
            breakEvens: PayoffChart.BreakEvens(low: preview.breakevens.low, high: preview.breakevens.high),
            shortStrikes: PayoffChart.Strikes(put: strikes.shortPut, call: strikes.shortCall),
            longStrikes: PayoffChart.Strikes(put: strikes.longPut, call: strikes.longCall), spot: day.spx)
        return figure(PayoffChart(id: "proposal", input: input).svgBytes(), escapedCaption: proposalCaption)
    }

    /// The proposal chart's caption, escaped for HTML once.
    private static let proposalCaption = escapedBytes(
        "A proposal, not a position: modelled P&L in USD of the condor the rules would open at today's close prices, solid at expiration, dashed if the SPX moved there today."
    )

    /// The payoff chart's caption, escaped for HTML once.
    private static let payoffCaption = escapedBytes(
        "Modelled P&L in USD: solid at expiration, dashed if the SPX moved there today; the shaded zone is where the condor keeps a profit at expiration."
    )
    /// The gauge's caption, escaped for HTML once.
    private static let gaugeCaption = escapedBytes(
        "The invariant's erosion since the opening against the tolerance band in force today.")

    /// `text` escaped for HTML, as UTF-8.
    private static func escapedBytes(_ text: String) -> [UInt8] {
        Array(HTMLEscaping.escape(text).utf8)
    }

    /// Wraps a chart in a `<figure>` with a caption (the caption text is our own and escaped).
    static func figure(_ svg: String, caption: String) -> String {
        String(decoding: figure(Array(svg.utf8), escapedCaption: escapedBytes(caption)), as: UTF8.self)
    }

    /// Wraps a chart's UTF-8 SVG in a `<figure>` with a caption already escaped for HTML, written
    /// into one buffer of the right capacity.
    private static func figure(_ svg: [UInt8], escapedCaption: [UInt8]) -> [UInt8] {
        let opening = "<figure class=\"chart\">\n".utf8
        let middle = "\n<figcaption>".utf8
        let closing = "</figcaption>\n</figure>\n".utf8
        var html: [UInt8] = []
        html.reserveCapacity(opening.count + svg.count + middle.count + escapedCaption.count + closing.count)
        html += opening
        html += svg
        html += middle
        html += escapedCaption
        html += closing
        return html
    }
}
