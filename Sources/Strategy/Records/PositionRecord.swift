import MarketData

/// The open condor at a day's close: legs, credit, risk, break-evens, Greeks and the invariant.
public struct PositionRecord: Sendable, Hashable, Codable {
    /// The session the condor was opened.
    public var openDate: CalendarDate
    /// The SPX expiration of all four legs.
    public var expiration: CalendarDate
    /// Calendar days from today to the expiration.
    public var dte: Int
    /// Number of condors (fractional unless `wholeContracts`).
    public var contracts: Double
    /// The ALVH layer the condor was built under (0 for a plain condor).
    public var layer: Int
    /// Long put, short put, short call, long call, in strike order.
    public var legs: [LegRecord]
    /// Credit received at the open, per contract, in index points.
    public var credit: Double
    /// Wing width W in index points.
    public var wingWidth: Double
    /// Maximum loss in USD: (W − credit) × multiplier × contracts.
    public var maxLoss: Double
    /// Break-evens at expiration: short put − credit and short call + credit.
    public var breakevens: [Double]
    /// Net Greeks of the position.
    public var greeks: NetGreeks
    /// The invariant K = credit × VIX × d today.
    public var invariant: Double
    /// K₀, the invariant when the condor opened.
    public var initialInvariant: Double
    /// Erosion 1 − K/K₀ (positive when the cushion shrank faster than volatility paid for it).
    public var erosion: Double
    /// The tolerance band the erosion is held against today.
    public var band: Double
    /// Today's cost to close one condor (its mark), in index points.
    public var value: Double
    /// (credit − value) × multiplier × contracts, in USD, before closing costs.
    public var unrealisedPnl: Double
    /// Signed distance from the spot to the nearest break-even, in percent of the spot.
    public var distancePercent: Double
    /// The same distance in standard deviations to expiration: d / (σ_atm √T).
    public var distanceSigmas: Double
    /// Costs paid to open this condor, in USD (its running cost of capital).
    public var costs: Double

    /// Creates a position record.
    public init(
        openDate: CalendarDate, expiration: CalendarDate, dte: Int, contracts: Double, layer: Int,
        legs: [LegRecord], credit: Double, wingWidth: Double, maxLoss: Double, breakevens: [Double],
        greeks: NetGreeks, invariant: Double, initialInvariant: Double, erosion: Double, band: Double,
        value: Double, unrealisedPnl: Double, distancePercent: Double, distanceSigmas: Double, costs: Double
    ) {
        self.openDate = openDate
        self.expiration = expiration
        self.dte = dte
        self.contracts = contracts
        self.layer = layer
        self.legs = legs
        self.credit = credit
        self.wingWidth = wingWidth
        self.maxLoss = maxLoss
        self.breakevens = breakevens
        self.greeks = greeks
        self.invariant = invariant
        self.initialInvariant = initialInvariant
        self.erosion = erosion
        self.band = band
        self.value = value
        self.unrealisedPnl = unrealisedPnl
        self.distancePercent = distancePercent
        self.distanceSigmas = distanceSigmas
        self.costs = costs
    }

    /// The leg of a kind and side (for example the short put).
    public func leg(_ kind: LegKind, _ side: LegSide) -> LegRecord? {
        legs.first { $0.kind == kind && $0.side == side }
    }

    private enum CodingKeys: String, CodingKey {
        case openDate, expiration, dte, contracts, layer, legs, credit, wingWidth, maxLoss, breakevens
        case greeks, invariant, initialInvariant, erosion, band, value, unrealisedPnl
        case distancePercent, distanceSigmas, costs
    }

    /// Encodes the position with fixed precision.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(openDate, forKey: .openDate)
        try c.encode(expiration, forKey: .expiration)
        try c.encode(dte, forKey: .dte)
        try c.encode(contracts, forKey: .contracts, unit: .contracts)
        try c.encode(layer, forKey: .layer)
        try c.encode(legs, forKey: .legs)
        try c.encode(credit, forKey: .credit, unit: .premium)
        try c.encode(wingWidth, forKey: .wingWidth, unit: .points)
        try c.encode(maxLoss, forKey: .maxLoss, unit: .usd)
        try c.encode(breakevens.map { RecordEncoding.rounded($0, .premium) }, forKey: .breakevens)
        try c.encode(greeks, forKey: .greeks)
        try c.encode(invariant, forKey: .invariant, unit: .invariant)
        try c.encode(initialInvariant, forKey: .initialInvariant, unit: .invariant)
        try c.encode(erosion, forKey: .erosion, unit: .fraction)
        try c.encode(band, forKey: .band, unit: .fraction)
        try c.encode(value, forKey: .value, unit: .premium)
        try c.encode(unrealisedPnl, forKey: .unrealisedPnl, unit: .usd)
        try c.encode(distancePercent, forKey: .distancePercent, unit: .percent)
        try c.encode(distanceSigmas, forKey: .distanceSigmas, unit: .sigma)
        try c.encode(costs, forKey: .costs, unit: .usd)
    }
}
