import MarketData

/// Why a rule fired, with every fact its explanation states: data only, worded by Publishing
/// (`RuleExplanation`), so the engine holds no sentences and no number style.
public enum RuleReason: Sendable, Hashable, Encodable {
    /// `entry`: a condor opened on `occasion`, `contracts` of them, expiring `expiration` (`days` away).
    case entry(
        occasion: EntryOccasion, contracts: Double, expiration: CalendarDate, days: Int, strikes: CondorStrikes,
        credit: Double, wingWidth: Double, spot: Double, vix: Double)
    /// `entry` refused: the credit is not strictly between 0 and the wing width.
    case creditOutsideWing(credit: Double, wingWidth: Double)
    /// `entry` refused: the wings leave no positive strike below the spot.
    case noPositiveStrike(spot: Double)
    /// `capital-allocation`: the contract count from the cash at risk.
    case allocation(
        cash: Double, baseAllocation: Double, maxLossPerContract: Double, contracts: Double, wholeContracts: Bool)
    /// `capital-allocation` refused: the count came out as zero (`rawContracts` before rounding), or no cash.
    case allocationRefused(cash: Double, baseAllocation: Double, maxLossPerContract: Double, rawContracts: Double)
    /// `time-shift`: layer 2 uses the shorter target expiration.
    case timeShift(targetDTE: Int, shortDTE: Int, expiration: CalendarDate, days: Int)
    /// `alvh-widen`: the short strikes moved out by `factor` = √(VIX / layer1Threshold).
    case widen(layer: Int, vix: Double, threshold: Double, factor: Double, put: StrikeMove, call: StrikeMove)
    /// `expiry`: settled at intrinsic value on (or after) the expiration date.
    case expiry(expiration: CalendarDate, spot: Double, settlement: Double, credit: Double, pnl: Double)
    /// `stop-loss`: the cost to close reached credit × (1 + stopMultiple).
    case stopLoss(costToClose: Double, credit: Double, stopMultiple: Double)
    /// `profit-target`: the cost to close fell to credit × (1 − profitTarget).
    case profitTarget(costToClose: Double, credit: Double, profitTarget: Double)
    /// `time-exit`: days to expiration fell to exitDTE.
    case timeExit(dte: Int, exitDTE: Int, costToClose: Double, credit: Double)
    /// `breakeven-breach`: the spot went beyond a break-even; the condor is recentered.
    case breakevenBreach(spot: Double, lowBreakeven: Double, highBreakeven: Double, costToClose: Double)
    /// `invariant-band`: the invariant eroded beyond the band with MACD confirmation.
    case invariantBand(initial: Double, current: Double, erosion: Double, band: Double, costToClose: Double)
    /// `macd-confirmation`: the VIX MACD crossed above its signal within `sessions` sessions.
    case macdConfirmation(macd: Double, signal: Double, sessions: Int)
    /// `breadth-divergence`: SPX and A/D line moved apart while the VIX rose; the band tightens.
    case breadthDivergence(
        spxChange: Double, adChange: Double, vixChange: Double, breadthLookback: Int, vixLookback: Int, band: Double)
    /// `temporal-theta`: expiration within the theta window; the band tightens.
    case temporalTheta(dte: Int, window: Int, band: Double)
    /// `event-window`: FOMC, CPI or PPI up to the next session (`nextSession`); the band tightens.
    case eventWindow(events: [MarketEvent], nextSession: CalendarDate, band: Double)
    /// `alvh-layer-1` / `alvh-layer-2`: a layer activated at the VIX close, with its hedge if any.
    case layerActivated(layer: Int, vix: Double, threshold: Double, hedge: HedgeAction?)
    /// `alvh-stand-down`: a layer stood down after `closes` closes below `level`, with its hedge sale if any.
    case layerStoodDown(layer: Int, vix: Double, level: Double, closes: Int, hedge: HedgeAction?)
}

/// Why a condor opened: on its own, or as the re-opening of a recenter or rebuild.
public enum EntryOccasion: Sendable, Hashable, Encodable {
    /// A plain entry while flat.
    case opening
    /// The re-opening after a recenter (breach or invariant band).
    case recentering
    /// The re-opening after a layer activated and the old condor closed at `closedAt`.
    case rebuilding(layer: Int, closedAt: Double)
}

/// A short strike before and after the ALVH widening.
public struct StrikeMove: Sendable, Hashable, Encodable {
    /// The strike before widening.
    public var from: Double
    /// The strike after widening.
    public var to: Double

    /// Creates a move.
    public init(from: Double, to: Double) {
        self.from = from
        self.to = to
    }
}

/// What happened to a layer's VIX hedge when the layer changed.
public enum HedgeAction: Sendable, Hashable, Encodable {
    /// Bought `contracts` call spreads long/short expiring `expiration` at `premium` each.
    case bought(contracts: Double, long: Double, short: Double, expiration: CalendarDate, premium: Double)
    /// None bought: the spread is worth `premium` (too little) or the budget is not positive.
    case skipped(premium: Double, budget: Double)
    /// The hedge was sold at `price` per spread against `premium` paid.
    case sold(price: Double, premium: Double)
}
