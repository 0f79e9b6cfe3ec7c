import NumberStyle
import MarketData
import Strategy

/// The sentences and table rows of a briefing, built from one day's record.
enum BriefingText {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The English weekday of `date`.
    static func weekday(_ date: CalendarDate) -> String {
        weekdays[date.isoWeekday - 1]
    }

    /// "0 (no hedge layer)", "1", "2".
    static func layerTitle(_ layer: Int) -> String {
        layer == 0 ? "none" : "layer \(layer)"
    }

    /// One sentence on what the layer means today.
    static func layerText(_ layer: Int, vix: Double, strategy: StrategyParameters) -> String {
        let l1 = DisplayNumber.fixed(strategy.layer1Threshold, 0)
        let l2 = DisplayNumber.fixed(strategy.layer2Threshold, 0)
        switch layer {
        case 0:
            return "With the VIX at \(DisplayNumber.fixed(vix, 2)), no hedge layer is active; layer 1 starts at \(l1) and layer 2 at \(l2)."
        case 1:
            return "Layer 1 is active: new condors place their short strikes further out, by the square root of VIX / \(l1), and the steward holds a VIX call spread."
        default:
            return "Layer 2 is active: new condors are widened and use the shorter expiration of about \(strategy.shortDTE) days, and the steward holds a second VIX call spread."
        }
    }

    /// The signal table rows; `coverage` tells which optional files were supplied.
    static func signalRows(
        _ signals: SignalRecord, day: TradingDay, coverage: [MarketDataFile: InputCoverage]
    ) -> [SignalRow] {
        let vix = day.vix
        var rows: [SignalRow] = []
        if let macd = signals.macd, let signal = signals.macdSignal {
            rows.append(
                SignalRow(
                    name: "VIX MACD (12, 26, 9)", value: DisplayNumber.fixed(macd, 2) + " / " + DisplayNumber.fixed(signal, 2),
                    note: macd > signal
                        ? "MACD line above its signal line: VIX momentum rising"
                        : "MACD line below its signal line: VIX momentum fading"))
        } else {
            rows.append(SignalRow(name: "VIX MACD (12, 26, 9)", value: "n/a", note: "not enough history yet"))
        }
        if let rsi = signals.rsi {
            let note = rsi >= 70 ? "above 70: the VIX has risen fast" : rsi <= 30 ? "below 30: the VIX has fallen fast" : "between 30 and 70: no extreme"
            rows.append(SignalRow(name: "VIX RSI (14, Wilder)", value: DisplayNumber.fixed(rsi, 1), note: note))
        } else {
            rows.append(SignalRow(name: "VIX RSI (14, Wilder)", value: "n/a", note: "not enough history yet"))
        }
        rows.append(breadthRow(signals, day: day, coverage: coverage[.breadth]))
        if let realised = signals.realisedVol {
            let ratio = vix > 0 ? realised / (vix / 100) : 0
            rows.append(
                SignalRow(
                    name: "SPX realised volatility (20 days)", value: DisplayNumber.percent(realised, 1),
                    note: "\(DisplayNumber.fixed(ratio, 2)) × the VIX; below 1 means options priced more movement than happened"))
        } else {
            rows.append(SignalRow(name: "SPX realised volatility (20 days)", value: "n/a", note: "not enough history yet"))
        }
        return rows
    }

    /// The position section's values.
    static func position(_ record: DayRecord, _ position: PositionRecord, strategy: StrategyParameters)
        -> PositionSection
    {
        let summary = condorSummary(
            legs: position.legs, expiration: position.expiration, days: position.dte, contracts: position.contracts,
            credit: position.credit, wingWidth: position.wingWidth, maxLoss: position.maxLoss,
            breakevens: (position.breakevens.first ?? 0, position.breakevens.last ?? 0), strategy: strategy)
        let erosionText: String
        if position.erosion > position.band {
            erosionText = "The erosion is beyond the band: the position is recentred once the VIX MACD confirms it."
        } else if position.erosion == 0 {
            erosionText = "The invariant is where it was at the opening: no erosion, no repair due."
        } else if position.erosion < 0 {
            erosionText = "The invariant has grown since the opening: the cushion is wider than volatility requires."
        } else {
            erosionText = "The erosion is inside the band: no repair is due."
        }
        return PositionSection(
            summary: summary,
            openDate: position.openDate.iso,
            value: DisplayNumber.fixed(position.value, 2),
            pnl: DisplayNumber.usd(position.unrealisedPnl, signed: true),
            distancePercent: DisplayNumber.fixed(position.distancePercent, 2) + DisplayNumber.percentSuffix,
            distanceSigmas: DisplayNumber.fixed(position.distanceSigmas, 2),
            delta: DisplayNumber.fixed(position.greeks.delta, 2),
            gamma: DisplayNumber.fixed(position.greeks.gamma, 4),
            vega: DisplayNumber.fixed(position.greeks.vega, 2),
            theta: DisplayNumber.fixed(position.greeks.theta, 2),
            k0: DisplayNumber.fixed(position.initialInvariant, 4),
            k: DisplayNumber.fixed(position.invariant, 4),
            erosion: DisplayNumber.percent(position.erosion, 2),
            band: DisplayNumber.percentParameter(position.band),
            invariantText: erosionText,
            layerNote: position.layer > 0 ? "ALVH layer \(position.layer)" : nil,
            quoted: position.legs.contains { $0.source == .market },
            pricingNote: pricingNote(record, strategy: strategy))
    }

    /// What a flat account says.
    static func flatText(_ record: DayRecord) -> String {
        if record.warmup {
            return "No position yet: the indicators are still warming up."
        }
        if let exit = record.firings.first(where: { [.expiry, .stopLoss, .profitTarget, .timeExit].contains($0.id) }) {
            return "The account is flat after today's \(exit.id.title.lowercased()); a new condor opens on the next session."
        }
        return "The account is flat today; the rules below say why."
    }

    /// One hedge row, its money in USD per spread and in all (`multiplier`: the contract multiplier).
    static func hedge(_ hedge: HedgeRecord, multiplier: Double) -> HedgeRow {
        HedgeRow(
            layer: String(hedge.layer),
            strikes: DisplayNumber.fixed(hedge.longStrike, 0) + "/" + DisplayNumber.fixed(hedge.shortStrike, 0),
            expiration: hedge.expiration.iso,
            contracts: DisplayNumber.fixed(hedge.contracts, 2),
            premium: DisplayNumber.fixed(hedge.premium * multiplier, 2),
            paid: DisplayNumber.fixed(hedge.premium * multiplier * hedge.contracts, 2),
            value: DisplayNumber.fixed(hedge.value, 2))
    }

    /// The summary of a day for the page's meta and OpenGraph description and for the feeds:
    /// the date, the SPX and VIX closes, what the steward holds, the hedge layer and the rules
    /// that fired, e.g. "Friday 2023-12-15: SPX closed at 4,558.35, the VIX at 15.56. The steward
    /// holds an iron condor expiring 2024-01-19; no hedge layer is active. No rule fired for the
    /// steward."
    static func summary(day: TradingDay, record: DayRecord) -> String {
        var text = "\(weekday(day.date)) \(day.date.iso): SPX closed at \(DisplayNumber.fixed(day.spx, 2)), "
        text += "the VIX at \(DisplayNumber.fixed(day.vix, 2)). "
        if record.warmup {
            text += "The indicators are still warming up; the steward holds nothing yet"
        } else if let position = record.position {
            text += "The steward holds an iron condor expiring \(position.expiration.iso)"
        } else {
            text += "The steward holds no iron condor"
        }
        text += record.layer > 0 ? "; ALVH layer \(record.layer) is active." : "; no hedge layer is active."
        if record.firings.isEmpty {
            text += " No rule fired for the steward."
        } else {
            text += " Rules fired: " + record.firings.map(\.id.rawValue).joined(separator: ", ") + "."
        }
        return text
    }
}
