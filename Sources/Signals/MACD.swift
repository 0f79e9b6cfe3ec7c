/// One day's moving average convergence/divergence reading.
public struct MACDPoint: Sendable, Hashable, Codable {
    /// The MACD line: fast EMA minus slow EMA.
    public var macd: Double
    /// The signal line: the EMA of the MACD line.
    public var signal: Double
    /// The histogram: MACD line minus signal line.
    public var histogram: Double

    /// Creates a point from its three values.
    public init(macd: Double, signal: Double, histogram: Double) {
        self.macd = macd
        self.signal = signal
        self.histogram = histogram
    }
}

/// Moving average convergence/divergence (Gerald Appel), as used for the VIX confirmation rule.
public enum MACD {
    /// The MACD line, signal line and histogram for every index where all three exist.
    ///
    /// Conventions:
    /// - MACD line = `MovingAverage.ema(values, period: fast) − MovingAverage.ema(values, period: slow)`,
    ///   each EMA seeded by its own simple average, so the line exists from index
    ///   `max(fast, slow) − 1`;
    /// - signal line = EMA with period `signal` of the MACD line, starting at the first index where
    ///   the MACD line exists (seeded by the simple average of its first `signal` values);
    /// - histogram = MACD line − signal line;
    /// - a point is nil until the signal line exists: with the defaults (12, 26, 9) the first point
    ///   is at index 33, the 34th value.
    ///
    /// Causal: the point at `i` uses only `values[0...i]`. Any period below 1 gives all nil.
    ///
    /// - Parameters:
    ///   - values: The series (for CondorPress, VIX closes), oldest first.
    ///   - fast: The fast EMA period.
    ///   - slow: The slow EMA period.
    ///   - signal: The signal-line EMA period.
    /// - Returns: One optional point per input value.
    public static func compute(_ values: [Double], fast: Int = 12, slow: Int = 26, signal: Int = 9)
        -> [MACDPoint?]
    {
        let fastLine = MovingAverage.ema(values, period: fast)
        let slowLine = MovingAverage.ema(values, period: slow)
        let macdLine: [Double?] = zip(fastLine, slowLine).map { pair in
            guard let f = pair.0, let s = pair.1 else { return nil }
            return f - s
        }
        let signalLine = MovingAverage.ema(macdLine, period: signal)
        return zip(macdLine, signalLine).map { pair in
            guard let m = pair.0, let s = pair.1 else { return nil }
            return MACDPoint(macd: m, signal: s, histogram: m - s)
        }
    }

    /// True when the MACD line crossed above the signal line within the last `sessions` sessions.
    ///
    /// A cross happens on session `j` when `macd[j−1] ≤ signal[j−1]` and `macd[j] > signal[j]`.
    /// The sessions checked are `j` in `(index − sessions + 1)...index`, today (`index`) included,
    /// so `sessions = 3` looks at today and the two sessions before it. A session whose point or
    /// previous point is nil cannot cross. Only `points[0...index]` is read (causal).
    ///
    /// - Parameters:
    ///   - points: The output of ``compute(_:fast:slow:signal:)``.
    ///   - index: Today's index.
    ///   - sessions: How many sessions, today included, to look back; below 1 is always false.
    /// - Returns: False also when `index` is outside `points`.
    public static func crossedAbove(_ points: [MACDPoint?], at index: Int, within sessions: Int) -> Bool {
        guard sessions >= 1, points.indices.contains(index) else { return false }
        let first = max(1, index - sessions + 1)
        guard first <= index else { return false }
        for j in first...index {
            guard let before = points[j - 1], let now = points[j] else { continue }
            if before.macd <= before.signal && now.macd > now.signal { return true }
        }
        return false
    }
}
