import MarketData
import Strategy

/// Words a rule firing as one plain sentence with the actual numbers: the only place rule
/// explanations are phrased (the engine records ``RuleReason`` data, never text).
///
/// Numbers follow ``ExplanationNumbers``, the one number style of every page (docs/number-style.md).
public enum RuleExplanation {
    /// The sentence for `firing`.
    public static func sentence(for firing: RuleFiring) -> String { sentence(for: firing.reason) }

    /// This wording, for the engine's encoders and the archive's schema.
    public static let wording = RuleWording { sentence(for: $0) }

    /// The sentence for `reason`.
    public static func sentence(for reason: RuleReason) -> String {
        typealias N = ExplanationNumbers
        switch reason {
        case let .entry(occasion, contracts, expiration, days, strikes, credit, wingWidth, spot, vix):
            return "\(opening(occasion)) \(N.contracts(contracts)) iron condors expiring \(expiration.iso) "
                + "(\(N.days(days))), puts \(N.strike(strikes.longPut))/\(N.strike(strikes.shortPut)) and calls "
                + "\(N.strike(strikes.shortCall))/\(N.strike(strikes.longCall)), for a credit of \(N.points(credit)) "
                + "index points per condor on a wing of \(N.strike(wingWidth)) points, with the SPX at \(N.points(spot)) "
                + "and the VIX at \(N.points(vix))."
        case let .creditOutsideWing(credit, wingWidth):
            return "No condor opened: the credit of \(N.points(credit)) index points is not between 0 and the "
                + "wing width of \(N.strike(wingWidth)) points, so the next session tries again."
        case let .noPositiveStrike(spot):
            return "No condor opened: with the SPX at \(N.points(spot)) the wings leave no positive strike, "
                + "so the next session tries again."
        case let .allocation(cash, baseAllocation, maxLossPerContract, contracts, wholeContracts):
            let rounding = wholeContracts ? ", rounded down to whole contracts" : ""
            return "Risking \(N.percentParameter(baseAllocation)) of \(N.usd(cash)) cash at "
                + "\(N.usd(maxLossPerContract)) maximum loss per contract gives \(N.contracts(contracts)) "
                + "contracts\(rounding)."
        case let .allocationRefused(cash, baseAllocation, maxLossPerContract, rawContracts):
            guard cash > 0 else {
                return "No condor opened: with \(N.usd(cash)) cash nothing can be put at risk, so the next "
                    + "session tries again."
            }
            return "No condor opened: risking \(N.percentParameter(baseAllocation)) of \(N.usd(cash)) cash at "
                + "\(N.usd(maxLossPerContract)) maximum loss per contract gives \(N.contracts(rawContracts)) "
                + "contracts, which rounds down to zero, so the next session tries again."
        case let .timeShift(targetDTE, shortDTE, expiration, days):
            return "Layer 2 shortens the target from \(N.days(targetDTE)) to \(N.days(shortDTE)), "
                + "so the condor expires on \(expiration.iso) (\(N.days(days)))."
        case let .widen(layer, vix, threshold, factor, put, call):
            return "Layer \(layer) moves the short strikes away from the spot by √(\(N.points(vix)) / "
                + "\(N.parameter(threshold))) = \(N.fixed(factor, 3)): put \(N.strike(put.from)) to "
                + "\(N.strike(put.to)), call \(N.strike(call.from)) to \(N.strike(call.to))."
        case let .expiry(expiration, spot, settlement, credit, pnl):
            return "The \(expiration.iso) condor settled at its intrinsic value of \(N.points(settlement)) index "
                + "points per condor with the SPX at \(N.points(spot)) against the \(N.points(credit))-point credit, a "
                + "net result of \(N.usd(pnl)) in all after costs."
        case let .stopLoss(costToClose, credit, stopMultiple):
            return "Cost to close \(N.points(costToClose)) index points per condor reached the stop at "
                + "\(N.parameter(1 + stopMultiple)) × the \(N.points(credit))-point credit "
                + "(\(N.points(credit * (1 + stopMultiple))) index points)."
        case let .profitTarget(costToClose, credit, profitTarget):
            return "Cost to close \(N.points(costToClose)) index points per condor fell to the target of "
                + "\(N.points(credit * (1 - profitTarget))), keeping at least \(N.percentParameter(profitTarget)) "
                + "of the \(N.points(credit))-point credit."
        case let .timeExit(dte, exitDTE, costToClose, credit):
            return "\(N.days(dte).capitalisedFirst) to expiration is within the \(exitDTE)-day exit, so "
                + "the condor closes at \(N.points(costToClose)) index points per condor against the "
                + "\(N.points(credit))-point credit."
        case let .breakevenBreach(spot, low, high, costToClose):
            let below = spot < low
            return "The SPX at \(N.points(spot)) is \(below ? "below the lower" : "above the upper") break-even of "
                + "\(N.points(below ? low : high)), so the condor closes at \(N.points(costToClose)) index points "
                + "per condor and is recentered."
        case let .invariantBand(initial, current, erosion, band, costToClose):
            return "The invariant fell from \(N.fixed(initial, 4)) to \(N.fixed(current, 4)), an erosion of "
                + "\(N.percent(erosion)) beyond the \(N.percentParameter(band)) band, so the condor closes at "
                + "\(N.points(costToClose)) index points per condor and is recentered."
        case let .macdConfirmation(macd, signal, sessions):
            return "The VIX MACD line (\(N.fixed(macd, 3))) crossed above its signal line (\(N.fixed(signal, 3))) "
                + "within the last \(sessions) sessions, confirming the recenter."
        case let .breadthDivergence(spxChange, adChange, vixChange, breadthLookback, vixLookback, band):
            return "Over \(breadthLookback) sessions the SPX moved \(N.signed(spxChange)) while the A/D line "
                + "moved \(N.signed(adChange)), and the VIX rose \(N.points(vixChange)) over \(vixLookback), so "
                + "the band tightens to \(N.percentParameter(band))."
        case let .temporalTheta(dte, window, band):
            return "\(N.days(dte).capitalisedFirst) to expiration is within the \(window)-day theta "
                + "window, so the band tightens to \(N.percentParameter(band))."
        case let .eventWindow(events, nextSession, band):
            return eventSentence(events: events, nextSession: nextSession, band: band)
        case let .layerActivated(layer, vix, threshold, hedge):
            return "The VIX closed at \(N.points(vix)), at or above \(N.parameter(threshold)), so ALVH layer "
                + "\(layer) activates\(hedge.map { " and " + clause($0) } ?? "")."
        case let .layerStoodDown(layer, vix, level, closes, hedge):
            return "The VIX closed at \(N.points(vix)), the \(N.ordinal(closes)) close in a row below "
                + "\(N.parameter(level)), so ALVH layer \(layer) stands down"
                + "\(hedge.map { " and " + clause($0) } ?? "")."
        }
    }

    /// The opening words of an entry sentence.
    static func opening(_ occasion: EntryOccasion) -> String {
        switch occasion {
        case .opening: "Opened"
        case .recentering: "Recentering, opened"
        case let .rebuilding(layer, closedAt):
            "Rebuilding under layer \(layer) after closing the old condor at "
                + "\(ExplanationNumbers.points(closedAt)), opened"
        }
    }
}

extension OutcomeSchema {
    /// The outcome schema with rule firings worded by ``RuleExplanation``: what the site's archive,
    /// its exports and `evaluate` write.
    public static let worded = OutcomeSchema(wording: RuleExplanation.wording)
}
