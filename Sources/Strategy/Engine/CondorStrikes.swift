/// The four strikes of an iron condor, in index points.
public struct CondorStrikes: Sendable, Hashable, Encodable {
    /// Bought put, one wing below the short put.
    public var longPut: Double
    /// Sold put, below the spot.
    public var shortPut: Double
    /// Sold call, above the spot.
    public var shortCall: Double
    /// Bought call, one wing above the short call.
    public var longCall: Double

    /// Creates the four strikes.
    public init(longPut: Double, shortPut: Double, shortCall: Double, longCall: Double) {
        self.longPut = longPut
        self.shortPut = shortPut
        self.shortCall = shortCall
        self.longCall = longCall
    }

    /// The legs in strike order with their kind and side.
    var legs: [(kind: LegKind, side: LegSide, strike: Double)] {
        [(.put, .long, longPut), (.put, .short, shortPut), (.call, .short, shortCall), (.call, .long, longCall)]
    }

    /// The break-evens at expiration for a credit: short put − credit and short call + credit.
    func breakevens(credit: Double) -> (low: Double, high: Double) {
        (shortPut - credit, shortCall + credit)
    }

    /// The value of one condor at expiration for a spot: the intrinsic value of both spreads.
    func intrinsicValue(spot: Double) -> Double {
        let putSpread = max(shortPut - spot, 0) - max(longPut - spot, 0)
        let callSpread = max(spot - shortCall, 0) - max(spot - longCall, 0)
        return putSpread + callSpread
    }
}
