import NumberStyle
import MarketData
import Strategy

/// The sentences of a briefing that say where a figure comes from, and what is not known.
///
/// An optional input that was not supplied, or that does not reach a day, leaves something unknown
/// or replaced by a configured default; these sentences say which, so that no page states as fact
/// what the data could not tell (no "nothing scheduled" without an event calendar, no A/D line
/// without breadth figures, no silent default rate or modelled forward).
extension BriefingText {
    /// "the next five sessions", "the next session", "the next 8 sessions".
    static func nextSessions(_ count: Int) -> String {
        let words = ["", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        if count <= 1 { return "the next session" }
        return "the next " + (count < words.count ? words[count] : String(count)) + " sessions"
    }

    /// What the briefing says about the events ahead beyond the list of events found, or nil when
    /// the list says it all.
    ///
    /// - Parameters:
    ///   - status: How far `events.csv` reaches over the window.
    ///   - hasEvents: Whether any event was found in the window.
    ///   - sessions: The length of the window in sessions (`eventLookaheadSessions`).
    /// - Returns: One or two sentences, or nil when the calendar covers the window and lists events.
    static func eventsText(_ status: EventCalendarStatus, hasEvents: Bool, sessions: Int) -> String? {
        let window = nextSessions(sessions)
        switch status {
        case .complete:
            return hasEvents ? nil : "No FOMC, CPI or PPI release is scheduled in \(window)."
        case .notSupplied:
            return "No event calendar was supplied (there is no events.csv), so FOMC, CPI and PPI releases in "
                + "\(window) are unknown, and the event-window rule cannot tighten the band for them."
        case .partial(nil, nil):
            return "The event calendar, events.csv, lists no events, so releases in \(window) are unknown."
        case .partial(let start?, nil):
            return "The event calendar, events.csv, starts on \(start.iso), after \(window) begin: "
                + "releases before that date are unknown."
        case .partial(nil, let end?):
            return "The event calendar, events.csv, ends on \(end.iso), before \(window) end: "
                + "releases after that date are unknown."
        case .partial(let start?, let end?):
            return "The event calendar, events.csv, covers only \(start.iso) to \(end.iso): "
                + "releases in \(window) outside those dates are unknown."
        }
    }

    /// The A/D-line row of the signal table: its value, or what is unknown and why.
    static func breadthRow(
        _ signals: SignalRecord, day: TradingDay, coverage: InputCoverage?
    ) -> SignalRow {
        let name = "A/D line"
        guard let coverage else {
            return SignalRow(
                name: name, value: "unknown",
                note: "no breadth.csv was supplied, so the A/D line and breadth divergence are unknown")
        }
        guard let ad = signals.adLine else {
            let reason: String
            if let first = coverage.first, day.date < first {
                reason = "breadth.csv starts on \(first.iso)"
            } else if let source = day.breadthCarriedFrom {
                reason = "breadth.csv gives no figures for this day (its latest are dated \(source.iso))"
            } else {
                reason = coverage.first == nil ? "breadth.csv has no rows" : "breadth.csv has no figures for this day"
            }
            return SignalRow(
                name: name, value: "unknown", note: reason + ", so the A/D line and breadth divergence are unknown")
        }
        let note: String
        switch signals.breadthDivergent {
        case .some(true): note = "diverging from the SPX while the VIX rises: bands tighten"
        case .some(false): note = "no divergence from the SPX"
        case .none: note = "not enough history for the divergence test"
        }
        return SignalRow(name: name, value: DisplayNumber.fixed(ad, 0), note: note)
    }

    /// Which risk-free rate priced the day's options, and where it came from.
    static func rateText(day: TradingDay, coverage: InputCoverage?, model: ModelParameters) -> String {
        if let percent = day.ratePercent, percent > -100, percent.isFinite {
            let rate = DisplayNumber.percent(percent / 100, 2) + " a year"
            if let source = day.rateCarriedFrom {
                return "\(rate), from rates.csv on \(source.iso), carried forward: the file gives no rate for this day."
            }
            return "\(rate), from rates.csv."
        }
        let fallback = DisplayNumber.percent(model.riskFreeRate, 2) + " a year, the configured default"
        guard let coverage else { return fallback + "; no rates.csv was supplied." }
        if let first = coverage.first, day.date < first {
            return fallback + "; rates.csv starts on \(first.iso)."
        }
        return fallback + "; rates.csv has no usable rate for this day."
    }

    /// Which VIX forwards priced the day's hedges: the supplied futures of their expirations, or the model.
    static func forwardText(day: TradingDay, coverage: InputCoverage?, model: ModelParameters) -> String {
        let modelled =
            "modelled from the VIX close, drifting towards θ = \(plain(model.vixForwardMean)) at speed "
            + "κ = \(plain(model.vixForwardSpeed)) (configured values)"
        if let vx1 = day.vixFuture(0) {
            let listed = VIXExpirations.expirations(onOrAfter: day.date, limit: 2)
            var text = "VX1 (expiring \(listed[0].iso)) at \(DisplayNumber.fixed(vx1, 2))"
            if let vx2 = day.vixFuture(1) { text += " and VX2 (expiring \(listed[1].iso)) at \(DisplayNumber.fixed(vx2, 2))" }
            text += ", from vix_futures.csv; each hedge is priced on the future of its own expiration, and one "
            text += "expiring later than the file's contracts is " + modelled + "."
            return text
        }
        guard coverage != nil else { return modelled + "; no vix_futures.csv was supplied." }
        return modelled + "; vix_futures.csv has no VX1 quote for this day."
    }

    /// A parameter with no needless decimals: `19`, `4`, `0.9`.
    static func plain(_ value: Double) -> String {
        for decimals in 0...4 {
            let text = DisplayNumber.fixed(value, decimals)
            if Double(text.replacingOccurrences(of: ",", with: "")) == value { return text }
        }
        return DisplayNumber.fixed(value, 4)
    }
}
