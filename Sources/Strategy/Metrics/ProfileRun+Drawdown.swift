extension ProfileRun {
    /// The drawdown on every day of `range` (``PerformanceMath/drawdownSeries(values:)`` of the equity),
    /// the running peak measured from the range's first day: what the statistics page charts.
    ///
    /// - Parameter range: Indices into ``records`` (clipped to them), such as the published days.
    /// - Returns: One positive fraction per day: 0 at a new high, 0.1 when 10 % below the peak.
    public func drawdowns(over range: Range<Int>) -> [Double] {
        PerformanceMath.drawdownSeries(values: range.clamped(to: records.indices).map { records[$0].equity })
    }
}
