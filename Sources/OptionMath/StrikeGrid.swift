/// Strikes on a listed grid (SPX: every 5 points) and the search for a strike by delta.
public enum StrikeGrid {
    /// The grid multiple of `step` nearest to `value`; a value exactly halfway rounds up.
    ///
    /// A non-positive or non-finite `step` returns `value` unchanged.
    @inlinable
    public static func snap(_ value: Double, step: Double) -> Double {
        guard step > 0, step.isFinite else { return value }
        return (value / step + 0.5).rounded(.down) * step
    }

    /// The grid strike whose Black–Scholes–Merton |delta| is closest to `target`.
    ///
    /// Put strikes are searched strictly below the spot and call strikes strictly above it, walking
    /// outwards from the spot one grid step at a time and stopping at the first strike whose |delta|
    /// is at or below the target (the nearest crossing to the spot). Between two equally close
    /// strikes the one nearer the spot wins.
    ///
    /// - Parameters:
    ///   - target: the wanted |delta|, e.g. 0.16.
    ///   - type: put (search below the spot) or call (search above it).
    ///   - spot: the underlying's price.
    ///   - years: time to expiry T.
    ///   - rate: the continuously compounded rate r.
    ///   - dividendYield: the continuous dividend yield q.
    ///   - step: the grid spacing (> 0).
    ///   - volatility: the volatility to use for a given strike (e.g. from a `VolatilitySurface`).
    ///   - maximumSteps: how many grid strikes to try at most.
    /// - Returns: the chosen strike; for a put with no positive grid strike below the spot, `step`.
    /// - Complexity: O(k) option evaluations, k the number of grid steps from the spot to the answer.
    public static func strike(
        nearestDelta target: Double, type: OptionType, spot: Double, years: Double,
        rate: Double, dividendYield: Double, step: Double,
        volatility: (Double) -> Double, maximumSteps: Int = 10_000
    ) -> Double {
        guard step > 0, step.isFinite else { return spot }
        let direction = type.sign  // puts walk down, calls walk up
        var strike = firstStrike(beyond: spot, type: type, step: step)
        var best = type == .put ? step : strike
        var bestDistance = Double.infinity
        var count = 0
        let expiry = BlackScholesMerton.Expiry(years: years, rate: rate, dividendYield: dividendYield)
        while count < maximumSteps, strike > 0 {
            let delta = abs(
                BlackScholesMerton.evaluate(
                    type: type, spot: spot, strike: strike, volatility: volatility(strike), expiry: expiry
                ).delta
            )
            let distance = abs(delta - target)
            if distance < bestDistance {
                best = strike
                bestDistance = distance
            }
            if delta <= target { break }
            strike += direction * step
            count += 1
        }
        return best
    }

    /// The first grid strike strictly below (put) or strictly above (call) the spot.
    @usableFromInline
    static func firstStrike(beyond spot: Double, type: OptionType, step: Double) -> Double {
        switch type {
        case .put:
            let below = (spot / step).rounded(.down) * step
            return below < spot ? below : below - step
        case .call:
            let above = (spot / step).rounded(.up) * step
            return above > spot ? above : above + step
        }
    }
}
