/// The AMM-style invariant K = credit × VIX × d and its erosion (SPEC §5).
///
/// d is the signed distance from the spot to the nearest break-even as a fraction of the spot:
/// positive while the spot sits between the break-evens, negative beyond one. K₀ is fixed at the
/// open; erosion = 1 − K/K₀, defined as 0 when K₀ ≤ 0.
enum Invariant {
    /// The signed distance d from the spot to the nearest break-even, as a fraction of the spot.
    static func distance(spot: Double, breakevens: (low: Double, high: Double)) -> Double {
        guard spot > 0 else { return 0 }
        return min(spot - breakevens.low, breakevens.high - spot) / spot
    }

    /// K = credit × VIX × d.
    static func value(credit: Double, vix: Double, distance: Double) -> Double {
        credit * vix * distance
    }

    /// 1 − K/K₀, or 0 when K₀ is not positive.
    static func erosion(current: Double, initial: Double) -> Double {
        guard initial > 0, current.isFinite else { return 0 }
        return 1 - current / initial
    }

    /// d expressed in standard deviations to expiration: d / (σ_atm √T); 0 when σ_atm √T is 0.
    static func sigmas(distance: Double, atmVolatility: Double, years: Double) -> Double {
        let spread = atmVolatility * years.squareRoot()
        guard spread > 0, spread.isFinite else { return 0 }
        return distance / spread
    }
}
