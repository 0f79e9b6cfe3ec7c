import MarketData

extension PerformanceMath {
    /// The drawdown on every day: how far the value sits below its running peak, as a positive fraction.
    ///
    /// `1 − values[i] / max(values[0...i])`: 0 at a new high, 0.1 when 10 % below the best value so
    /// far. Causal. A running peak that is zero or negative gives 0 (no meaningful fraction).
    public static func drawdownSeries(values: [Double]) -> [Double] {
        var peak = -Double.infinity
        return values.map { value in
            peak = max(peak, value)
            return peak > 0 ? 1 - value / peak : 0
        }
    }

    /// The maximum drawdown of a value series, with the dates of its peak, trough and recovery.
    ///
    /// The deepest point of ``drawdownSeries(values:)`` is the trough (the earliest one on a tie);
    /// the peak is the latest date at the running high before it; the recovery is the first later date whose
    /// value is at or above the peak's. A series that never falls has depth 0 with peak and trough
    /// on the first date and no recovery date.
    ///
    /// - Parameters:
    ///   - values: Daily values (for CondorPress, equity), oldest first.
    ///   - dates: The date of each value.
    /// - Returns: nil when `values` is empty or the two arrays differ in length.
    public static func maxDrawdown(values: [Double], dates: [CalendarDate]) -> Drawdown? {
        guard !values.isEmpty, values.count == dates.count else { return nil }
        let depths = drawdownSeries(values: values)
        var peakIndex = 0
        var deepest = Drawdown(depth: 0, peakDate: dates[0], troughDate: dates[0], recoveryDate: nil)
        var deepestPeakIndex = 0
        var troughIndex = 0
        for index in values.indices {
            if values[index] >= values[peakIndex] { peakIndex = index }
            if depths[index] > deepest.depth {
                deepest = Drawdown(
                    depth: depths[index], peakDate: dates[peakIndex], troughDate: dates[index], recoveryDate: nil)
                deepestPeakIndex = peakIndex
                troughIndex = index
            }
        }
        guard deepest.depth > 0 else { return deepest }
        let peakValue = values[deepestPeakIndex]
        if let recovery = values.indices.first(where: { $0 > troughIndex && values[$0] >= peakValue }) {
            deepest.recoveryDate = dates[recovery]
        }
        return deepest
    }
}
