/// Moving averages over a daily series.
///
/// Every function here is causal: the value at index `i` depends only on `values[0...i]`, so
/// computing on a prefix of a series gives exactly the first values of the full computation.
public enum MovingAverage {
    /// The exponential moving average, seeded by the simple average of the first `period` values.
    ///
    /// Conventions (the standard ones, as in most charting packages):
    /// - the smoothing factor is `alpha = 2 / (period + 1)`;
    /// - indices `0..<period - 1` are nil (not enough data);
    /// - index `period - 1` holds the simple average of `values[0..<period]`;
    /// - later indices hold `alpha × values[i] + (1 − alpha) × ema[i − 1]`.
    ///
    /// A `period` below 1 gives all nil. A period of 1 reproduces the input.
    ///
    /// - Parameters:
    ///   - values: The series, oldest first.
    ///   - period: The number of values in the seed average; also sets the smoothing factor.
    /// - Returns: One optional value per input value.
    /// - Complexity: O(n).
    public static func ema(_ values: [Double], period: Int) -> [Double?] {
        var result = [Double?](repeating: nil, count: values.count)
        guard period >= 1, values.count >= period else { return result }
        let alpha = 2.0 / Double(period + 1)
        var previous = values[0..<period].reduce(0, +) / Double(period)
        result[period - 1] = previous
        for index in period..<values.count {
            previous = alpha * values[index] + (1 - alpha) * previous
            result[index] = previous
        }
        return result
    }

    /// The exponential moving average of a series that starts with a run of nils.
    ///
    /// The leading nils are skipped, the average is computed on the values from the first non-nil
    /// index on (seeded by the simple average of its first `period` values), and the result is
    /// aligned back to the input indices. A nil after the first value makes every later index nil
    /// too, because the average cannot be carried across a gap.
    ///
    /// - Parameters:
    ///   - values: The series, oldest first, possibly nil at the start.
    ///   - period: As in ``ema(_:period:)``.
    /// - Returns: One optional value per input value.
    public static func ema(_ values: [Double?], period: Int) -> [Double?] {
        var result = [Double?](repeating: nil, count: values.count)
        guard let start = values.firstIndex(where: { $0 != nil }) else { return result }
        var run: [Double] = []
        for value in values[start...] {
            guard let value else { break }
            run.append(value)
        }
        for (offset, value) in ema(run, period: period).enumerated() {
            result[start + offset] = value
        }
        return result
    }
}
