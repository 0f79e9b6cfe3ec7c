/// The stable id of every rule the engine can fire (SPEC §5); the raw value is the public id.
///
/// The raw values name the rule pages (`rules/<id>/`), the archive's rule column and the JSON
/// `rules` arrays, so they never change once published.
public enum RuleID: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A condor was opened (also every re-opening after a recenter or an ALVH rebuild).
    case entry
    /// The contract count was set from the cash at risk (or came out as zero).
    case capitalAllocation = "capital-allocation"
    /// Management rule 1: the position reached its expiration and settled at intrinsic value.
    case expiry
    /// Management rule 2: the cost to close reached credit × (1 + stopMultiple).
    case stopLoss = "stop-loss"
    /// Management rule 3: the cost to close fell to credit × (1 − profitTarget).
    case profitTarget = "profit-target"
    /// Management rule 4: days to expiration fell to `exitDTE`.
    case timeExit = "time-exit"
    /// Rule 5: the spot moved beyond a break-even; the condor was recentered.
    case breakevenBreach = "breakeven-breach"
    /// Rule 6: the invariant eroded beyond the band with MACD confirmation; the condor was recentered.
    case invariantBand = "invariant-band"
    /// The VIX MACD line crossed above its signal within the confirmation window.
    case macdConfirmation = "macd-confirmation"
    /// SPX and A/D line diverged while the VIX rose: the band tightened.
    case breadthDivergence = "breadth-divergence"
    /// Days to expiration within the theta window: the band tightened.
    case temporalTheta = "temporal-theta"
    /// An FOMC, CPI or PPI release on the next session: the band tightened.
    case eventWindow = "event-window"
    /// ALVH layer 1 activated.
    case alvhLayer1 = "alvh-layer-1"
    /// ALVH layer 2 activated.
    case alvhLayer2 = "alvh-layer-2"
    /// Short strikes were moved out by √(VIX / layer1Threshold) under an active layer.
    case alvhWiden = "alvh-widen"
    /// The shorter expiration of layer 2 was used.
    case timeShift = "time-shift"
    /// An ALVH layer stood down after consecutive closes below its threshold − gap.
    case alvhStandDown = "alvh-stand-down"

    /// A short human title for rule lists (`Stop-loss`, `ALVH layer 1`).
    public var title: String {
        switch self {
        case .entry: return "Entry"
        case .capitalAllocation: return "Capital allocation"
        case .expiry: return "Expiry"
        case .stopLoss: return "Stop-loss"
        case .profitTarget: return "Profit target"
        case .timeExit: return "Time exit"
        case .breakevenBreach: return "Break-even breach"
        case .invariantBand: return "Invariant band"
        case .macdConfirmation: return "MACD confirmation"
        case .breadthDivergence: return "Breadth divergence"
        case .temporalTheta: return "Temporal theta"
        case .eventWindow: return "Event window"
        case .alvhLayer1: return "ALVH layer 1"
        case .alvhLayer2: return "ALVH layer 2"
        case .alvhWiden: return "ALVH widening"
        case .timeShift: return "Time shift"
        case .alvhStandDown: return "ALVH stand-down"
        }
    }

    /// Orders rules by their position in ``allCases`` (the order of SPEC §5).
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
        let order = RuleID.allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
