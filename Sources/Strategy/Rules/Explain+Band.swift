import MarketData

extension Explain {
    /// `breadth-divergence`: SPX and A/D line moved apart while the VIX rose; the band tightens.
    static func breadthDivergence(
        spxChange: Double, adChange: Double, vixChange: Double, breadthLookback: Int, vixLookback: Int, band: Double
    ) -> RuleFiring {
        RuleFiring(
            .breadthDivergence(
                spxChange: spxChange, adChange: adChange, vixChange: vixChange, breadthLookback: breadthLookback,
                vixLookback: vixLookback, band: band),
            explanation: "Over \(breadthLookback) sessions the SPX moved \(signed(spxChange)) while the A/D line "
                + "moved \(signed(adChange)), and the VIX rose \(points(vixChange)) over \(vixLookback), so the band "
                + "tightens to \(percent(band)).")
    }

    /// `temporal-theta`: expiration within the theta window; the band tightens.
    static func temporalTheta(dte: Int, window: Int, band: Double) -> RuleFiring {
        RuleFiring(
            .temporalTheta(dte: dte, window: window, band: band),
            explanation: "\(Explain.days(dte).capitalisedFirst) to expiration is within the \(window)-day theta "
                + "window, so the band tightens to \(percent(band)).")
    }

    /// `event-window`: FOMC, CPI or PPI on the next session; the band tightens.
    static func eventWindow(events: [MarketEvent], nextSession: CalendarDate, band: Double) -> RuleFiring {
        let names = events.map { $0.kind == .other ? $0.name : $0.kind.rawValue }
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        let list = unique.joined(separator: " and ")
        let plural = unique.count > 1
        return RuleFiring(
            .eventWindow(events: events, nextSession: nextSession, band: band),
            explanation: events.allSatisfy({ $0.date == nextSession })
                ? "\(list) \(plural ? "are" : "is") scheduled for the next session, \(nextSession.iso), so the band "
                    + "tightens to \(percent(band))."
                : "\(list) \(plural ? "fall" : "falls") before the next session on \(nextSession.iso), so the band "
                    + "tightens to \(percent(band)).")
    }

    /// A change with its sign (`+12.30`, `-4.00`).
    static func signed(_ value: Double) -> String {
        let text = points(value)
        return text.hasPrefix("-") ? text : "+" + text
    }
}
