import MarketData

/// The condor an account holds between its opening and its closing.
struct OpenCondor: Equatable {
    /// The session it was opened.
    let openDate: CalendarDate
    /// Its expiration.
    let expiration: CalendarDate
    /// Its strikes.
    let strikes: CondorStrikes
    /// Wing width W.
    let wingWidth: Double
    /// Credit per contract, index points.
    let credit: Double
    /// Number of condors.
    let contracts: Double
    /// Max loss in USD at the open: (W − credit) × multiplier × contracts.
    let maxLoss: Double
    /// K₀, the invariant at the open.
    let initialInvariant: Double
    /// Costs paid to open, USD.
    let openingCosts: Double
    /// The ALVH layer it was built under.
    let layer: Int

    /// Break-evens at expiration.
    var breakevens: (low: Double, high: Double) { strikes.breakevens(credit: credit) }
}
