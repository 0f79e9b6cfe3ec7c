import NumberStyle
import Strategy

extension BriefingText {
    /// The lines of "Since the last session", as Markdown: the SPX and VIX moves, a layer change,
    /// what the steward did with its condor, the rules that fired (linked to their pages) and each
    /// profile's equity change, one line each; computed from the two sessions' records alone.
    ///
    /// - Parameters:
    ///   - inputs: the briefing's inputs (today's records and the previous session's glances).
    ///   - spxChange: the SPX change as the market table writes it.
    ///   - vixChange: the VIX change as the market table writes it.
    static func changes(_ inputs: BriefingInputs, spxChange: String, vixChange: String) -> [String] {
        let day = inputs.day
        let steward = inputs.steward
        let root = inputs.root
        func rule(_ id: RuleID) -> String { "[\(id.rawValue)](\(root)rules/\(id.rawValue)/index.html)" }
        guard let before = inputs.previousGlances, let stewardBefore = before.first(where: { $0.profile == .steward })
        else {
            return ["The first session of the history: there is no earlier close to compare with."]
        }
        var lines = [
            "SPX \(spxChange) to \(DisplayNumber.fixed(day.spx, 2)); VIX \(vixChange) to \(DisplayNumber.fixed(day.vix, 2))."
        ]
        if steward.layer != stewardBefore.layer {
            let cause = steward.firings.map(\.id).first { [.alvhLayer1, .alvhLayer2, .alvhStandDown].contains($0) }
            lines.append(
                "ALVH layer \(stewardBefore.layer) → \(steward.layer)" + (cause.map { " (\(rule($0)))" } ?? "") + ".")
        }
        lines.append(positionLine(steward, heldBefore: stewardBefore.held, rule: rule))
        let fired = steward.firings.map(\.id)
        lines.append(
            fired.isEmpty
                ? "No rule fired for the steward."
                : "Rules fired for the steward: " + fired.map(rule).joined(separator: ", ") + ".")
        let equity = inputs.profiles.compactMap { today -> String? in
            guard let yesterday = before.first(where: { $0.profile == today.profile }) else { return nil }
            return today.profile.title.lowercased() + " "
                + DisplayNumber.usd(today.equity - yesterday.equity, signed: true)
        }
        if !equity.isEmpty { lines.append("Equity since the last session: " + equity.joined(separator: ", ") + ".") }
        return lines
    }

    /// What the steward did with its condor today.
    private static func positionLine(_ steward: DayRecord, heldBefore: Bool, rule: (RuleID) -> String) -> String {
        let exits: [RuleID] = [.expiry, .stopLoss, .profitTarget, .timeExit, .breakevenBreach, .invariantBand]
        let exit = steward.firings.first { exits.contains($0.id) }
        let entry = steward.firings.first { $0.id == .entry }
        let rebuildingLayer = steward.firings.compactMap { firing -> Int? in
            guard case .entry(.rebuilding(let layer, _), _, _, _, _, _, _, _, _) = firing.reason else { return nil }
            return layer
        }.first
        switch (exit, entry) {
        case let (exit?, entry?):
            return "The steward closed its condor (\(rule(exit.id))) and opened a new one (\(rule(entry.id))): recentred."
        case let (exit?, nil):
            return "The steward closed its condor (\(rule(exit.id))) and is flat."
        case let (nil, entry?):
            if let layer = rebuildingLayer {
                return "The steward rebuilt its condor under ALVH layer \(layer) (\(rule(entry.id)))."
            }
            return "The steward opened a condor (\(rule(entry.id)))."
        case (nil, nil):
            if steward.position != nil { return "The steward kept its condor." }
            return heldBefore ? "The steward's condor is gone and the account is flat." : "The steward stayed flat."
        }
    }
}
