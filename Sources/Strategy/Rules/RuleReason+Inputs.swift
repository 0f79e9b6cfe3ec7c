/// The rule and the named numbers of each reason: what the archive stores in `rule_firing.inputs`.
extension RuleReason {
    /// The rule that fired.
    public var rule: RuleID {
        switch self {
        case .entry, .creditOutsideWing, .noPositiveStrike: .entry
        case .allocation, .allocationRefused: .capitalAllocation
        case .timeShift: .timeShift
        case .widen: .alvhWiden
        case .expiry: .expiry
        case .stopLoss: .stopLoss
        case .profitTarget: .profitTarget
        case .timeExit: .timeExit
        case .breakevenBreach: .breakevenBreach
        case .invariantBand: .invariantBand
        case .macdConfirmation: .macdConfirmation
        case .breadthDivergence: .breadthDivergence
        case .temporalTheta: .temporalTheta
        case .eventWindow: .eventWindow
        case .layerActivated(let layer, _, _, _): layer >= 2 ? .alvhLayer2 : .alvhLayer1
        case .layerStoodDown: .alvhStandDown
        }
    }

    /// The numbers the rule looked at, in the order its explanation mentions them.
    public var inputs: [RuleInput] {
        switch self {
        case let .entry(_, contracts, _, days, strikes, credit, wingWidth, spot, vix):
            [
                RuleInput("spot", spot), RuleInput("vix", vix), RuleInput("dte", Double(days)),
                RuleInput("longPut", strikes.longPut), RuleInput("shortPut", strikes.shortPut),
                RuleInput("shortCall", strikes.shortCall), RuleInput("longCall", strikes.longCall),
                RuleInput("wingWidth", wingWidth), RuleInput("credit", credit), RuleInput("contracts", contracts),
            ]
        case let .creditOutsideWing(credit, wingWidth):
            [RuleInput("credit", credit), RuleInput("wingWidth", wingWidth)]
        case let .noPositiveStrike(spot):
            [RuleInput("spot", spot)]
        case let .allocation(cash, baseAllocation, maxLossPerContract, contracts, _):
            [
                RuleInput("cash", cash), RuleInput("baseAllocation", baseAllocation),
                RuleInput("maxLossPerContract", maxLossPerContract), RuleInput("contracts", contracts),
                RuleInput("maxLoss", maxLossPerContract * contracts),
            ]
        case let .allocationRefused(cash, baseAllocation, maxLossPerContract, _):
            [
                RuleInput("cash", cash), RuleInput("baseAllocation", baseAllocation),
                RuleInput("maxLossPerContract", maxLossPerContract), RuleInput("contracts", 0),
            ]
        case let .timeShift(targetDTE, shortDTE, _, days):
            [
                RuleInput("targetDTE", Double(targetDTE)), RuleInput("shortDTE", Double(shortDTE)),
                RuleInput("dte", Double(days)),
            ]
        case let .widen(layer, vix, threshold, factor, put, call):
            [
                RuleInput("layer", Double(layer)), RuleInput("vix", vix), RuleInput("layer1Threshold", threshold),
                RuleInput("factor", factor), RuleInput("shortPutBefore", put.from), RuleInput("shortPut", put.to),
                RuleInput("shortCallBefore", call.from), RuleInput("shortCall", call.to),
            ]
        case let .expiry(_, spot, settlement, credit, pnl):
            [
                RuleInput("spot", spot), RuleInput("settlement", settlement), RuleInput("credit", credit),
                RuleInput("pnl", pnl),
            ]
        case let .stopLoss(costToClose, credit, stopMultiple):
            [
                RuleInput("costToClose", costToClose), RuleInput("credit", credit),
                RuleInput("stopMultiple", stopMultiple), RuleInput("stopLevel", credit * (1 + stopMultiple)),
            ]
        case let .profitTarget(costToClose, credit, profitTarget):
            [
                RuleInput("costToClose", costToClose), RuleInput("credit", credit),
                RuleInput("profitTarget", profitTarget), RuleInput("targetLevel", credit * (1 - profitTarget)),
            ]
        case let .timeExit(dte, exitDTE, costToClose, credit):
            [
                RuleInput("dte", Double(dte)), RuleInput("exitDTE", Double(exitDTE)),
                RuleInput("costToClose", costToClose), RuleInput("credit", credit),
            ]
        case let .breakevenBreach(spot, low, high, costToClose):
            [
                RuleInput("spot", spot), RuleInput("lowBreakeven", low), RuleInput("highBreakeven", high),
                RuleInput("costToClose", costToClose),
            ]
        case let .invariantBand(initial, current, erosion, band, costToClose):
            [
                RuleInput("initialInvariant", initial), RuleInput("invariant", current), RuleInput("erosion", erosion),
                RuleInput("band", band), RuleInput("costToClose", costToClose),
            ]
        case let .macdConfirmation(macd, signal, sessions):
            [RuleInput("macd", macd), RuleInput("macdSignal", signal), RuleInput("sessions", Double(sessions))]
        case let .breadthDivergence(spxChange, adChange, vixChange, _, _, band):
            [
                RuleInput("spxChange", spxChange), RuleInput("adChange", adChange),
                RuleInput("vixChange", vixChange), RuleInput("band", band),
            ]
        case let .temporalTheta(dte, window, band):
            [RuleInput("dte", Double(dte)), RuleInput("thetaWindowDTE", Double(window)), RuleInput("band", band)]
        case let .eventWindow(events, _, band):
            [RuleInput("events", Double(events.count)), RuleInput("band", band)]
        case let .layerActivated(_, vix, threshold, _):
            [RuleInput("vix", vix), RuleInput("threshold", threshold)]
        case let .layerStoodDown(layer, vix, level, closes, _):
            [
                RuleInput("layer", Double(layer)), RuleInput("vix", vix), RuleInput("level", level),
                RuleInput("closes", Double(closes)),
            ]
        }
    }
}
