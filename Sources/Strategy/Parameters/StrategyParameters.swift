/// The strategy section of the parameters: every number the iron condor and the ALVH rules use.
///
/// The defaults are the values of SPEC §5; each property's comment names the rule that reads it.
public struct StrategyParameters: Sendable, Hashable, Codable {
    /// Starting cash of every profile, in USD.
    public var startingCapital: Double
    /// Sessions that only warm up the indicators; the first entry is on the next session.
    public var warmupSessions: Int
    /// Target calendar days to expiration of a new condor (`entry`).
    public var targetDTE: Int
    /// Target calendar days to expiration in ALVH layer 2 (`time-shift`).
    public var shortDTE: Int
    /// Absolute model delta of the short strikes (`entry`).
    public var shortDelta: Double
    /// Wing width as a fraction of the spot, rounded to the strike grid (`entry`).
    public var wingWidthPercent: Double
    /// SPX strike grid step in index points.
    public var strikeStep: Double
    /// USD per index point of one contract.
    public var contractMultiplier: Double
    /// Fraction of cash put at risk (max loss) by one condor (`capital-allocation`).
    public var baseAllocation: Double
    /// Round the contract count down to a whole number (`capital-allocation`).
    public var wholeContracts: Bool
    /// Commission in USD per leg per contract, on every open and every close.
    public var commissionPerContract: Double
    /// Slippage in index points per leg per contract (× the multiplier in USD).
    public var slippagePerLeg: Double
    /// The stop fires when the cost to close reaches credit × (1 + stopMultiple) (`stop-loss`).
    public var stopMultiple: Double
    /// Fraction of the credit to keep before taking profit (`profit-target`).
    public var profitTarget: Double
    /// Close when this many calendar days or fewer remain (`time-exit`).
    public var exitDTE: Int
    /// Normal tolerance band on the invariant's erosion (`invariant-band`).
    public var bandWide: Double
    /// Tight tolerance band used under breadth divergence, temporal theta or an event window.
    public var bandTight: Double
    /// Days to expiration at or below which the band tightens (`temporal-theta`).
    public var thetaWindowDTE: Int
    /// Sessions (today included) within which a VIX MACD cross confirms a recenter (`macd-confirmation`).
    public var confirmSessions: Int
    /// Sessions over which the SPX and the A/D line changes are compared (`breadth-divergence`).
    public var breadthLookback: Int
    /// Sessions over which the VIX change must be positive (`breadth-divergence`).
    public var vixLookback: Int
    /// Sessions ahead whose events are listed among the day's signals.
    public var eventLookaheadSessions: Int
    /// VIX close at or above which ALVH layer 1 activates.
    public var layer1Threshold: Double
    /// VIX close at or above which ALVH layer 2 activates.
    public var layer2Threshold: Double
    /// Consecutive closes below threshold − gap after which a layer stands down.
    public var standDownDays: Int
    /// How far below its threshold the VIX must close to count towards a stand-down.
    public var standDownGap: Double
    /// Fraction of cash spent on each layer's VIX call spread.
    public var hedgeBudgetPercent: Double
    /// Long hedge strike = round(VIX × this).
    public var hedgeStrikeMultiplier: Double
    /// Short hedge strike = long strike + this, in VIX points.
    public var hedgeSpreadWidth: Double
    /// Calendar days from purchase to the hedge's expiration.
    public var hedgeDays: Int

    /// Creates strategy parameters; every argument defaults to the SPEC §5 value.
    public init(
        startingCapital: Double = 100_000, warmupSessions: Int = 35, targetDTE: Int = 35,
        shortDTE: Int = 14, shortDelta: Double = 0.16, wingWidthPercent: Double = 0.02,
        strikeStep: Double = 5, contractMultiplier: Double = 100, baseAllocation: Double = 0.30,
        wholeContracts: Bool = false, commissionPerContract: Double = 0.65, slippagePerLeg: Double = 0.10,
        stopMultiple: Double = 2, profitTarget: Double = 0.50, exitDTE: Int = 5, bandWide: Double = 0.08,
        bandTight: Double = 0.05, thetaWindowDTE: Int = 15, confirmSessions: Int = 3,
        breadthLookback: Int = 10, vixLookback: Int = 5, eventLookaheadSessions: Int = 5,
        layer1Threshold: Double = 18, layer2Threshold: Double = 25, standDownDays: Int = 3,
        standDownGap: Double = 2, hedgeBudgetPercent: Double = 0.005, hedgeStrikeMultiplier: Double = 1.10,
        hedgeSpreadWidth: Double = 10, hedgeDays: Int = 30
    ) {
        self.startingCapital = startingCapital
        self.warmupSessions = warmupSessions
        self.targetDTE = targetDTE
        self.shortDTE = shortDTE
        self.shortDelta = shortDelta
        self.wingWidthPercent = wingWidthPercent
        self.strikeStep = strikeStep
        self.contractMultiplier = contractMultiplier
        self.baseAllocation = baseAllocation
        self.wholeContracts = wholeContracts
        self.commissionPerContract = commissionPerContract
        self.slippagePerLeg = slippagePerLeg
        self.stopMultiple = stopMultiple
        self.profitTarget = profitTarget
        self.exitDTE = exitDTE
        self.bandWide = bandWide
        self.bandTight = bandTight
        self.thetaWindowDTE = thetaWindowDTE
        self.confirmSessions = confirmSessions
        self.breadthLookback = breadthLookback
        self.vixLookback = vixLookback
        self.eventLookaheadSessions = eventLookaheadSessions
        self.layer1Threshold = layer1Threshold
        self.layer2Threshold = layer2Threshold
        self.standDownDays = standDownDays
        self.standDownGap = standDownGap
        self.hedgeBudgetPercent = hedgeBudgetPercent
        self.hedgeStrikeMultiplier = hedgeStrikeMultiplier
        self.hedgeSpreadWidth = hedgeSpreadWidth
        self.hedgeDays = hedgeDays
    }

    /// USD cost of trading one leg of one contract once: commission plus slippage × multiplier.
    public var costPerLegPerContract: Double {
        commissionPerContract + slippagePerLeg * contractMultiplier
    }
}
