/// The breadth-divergence warning: the index and its breadth disagree while volatility rises.
public enum BreadthDivergence {
    /// Whether SPX and the A/D line moved in opposite directions while the VIX rose.
    ///
    /// With `b = breadthLookback` and `v = vixLookback`, the test at `index = i` is
    /// - SPX change `spx[i] − spx[i−b]` and A/D change `adLine[i] − adLine[i−b]` have strictly
    ///   opposite signs (their product is negative: a zero change on either side is no divergence),
    /// - and the VIX change `vix[i] − vix[i−v]` is strictly positive.
    ///
    /// Causal: reads only indices `i − max(b, v)...i`.
    ///
    /// - Parameters:
    ///   - spx: SPX closes per trading day.
    ///   - adLine: The A/D line per trading day (see ``AdvanceDecline/line(advances:declines:)``).
    ///   - vix: VIX closes per trading day.
    ///   - index: Today's index.
    ///   - breadthLookback: Sessions back for the SPX and A/D changes (10 in the spec).
    ///   - vixLookback: Sessions back for the VIX change (5 in the spec).
    /// - Returns: nil when the data cannot answer: a lookback below 1, too few sessions before
    ///   `index`, an index outside any array, or a nil A/D value at either end of the comparison.
    public static func isDivergent(
        spx: [Double], adLine: [Double?], vix: [Double], at index: Int,
        breadthLookback: Int = 10, vixLookback: Int = 5
    ) -> Bool? {
        guard breadthLookback >= 1, vixLookback >= 1,
            index - breadthLookback >= 0, index - vixLookback >= 0,
            index < spx.count, index < adLine.count, index < vix.count,
            let adNow = adLine[index], let adThen = adLine[index - breadthLookback]
        else { return nil }
        let spxChange = spx[index] - spx[index - breadthLookback]
        let adChange = adNow - adThen
        let vixChange = vix[index] - vix[index - vixLookback]
        let opposite = (spxChange > 0 && adChange < 0) || (spxChange < 0 && adChange > 0)
        return opposite && vixChange > 0
    }
}
