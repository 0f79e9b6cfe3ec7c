/// The relative strength index (J. Welles Wilder, 1978).
public enum RSI {
    /// The relative strength index with Wilder's smoothing, from 0 to 100.
    ///
    /// Conventions:
    /// - change `d[k] = values[k] − values[k−1]` for `k ≥ 1`; gain = max(d, 0), loss = max(−d, 0);
    /// - the first RSI is at index `period`, from the simple averages of the gains and losses of
    ///   changes `1...period`;
    /// - later averages are smoothed the Wilder way:
    ///   `avg[k] = (avg[k−1] × (period − 1) + current) / period`;
    /// - RSI = 100 − 100 / (1 + avgGain / avgLoss), and exactly 100 when the average loss is zero
    ///   (a series that never fell, a flat one included);
    /// - indices before `period` are nil; a `period` below 1 gives all nil.
    ///
    /// Causal: the value at `i` uses only `values[0...i]`.
    ///
    /// - Parameters:
    ///   - values: The series, oldest first.
    ///   - period: The smoothing period (Wilder used 14).
    /// - Returns: One optional value per input value, each in `0...100`.
    /// - Complexity: O(n).
    public static func wilder(_ values: [Double], period: Int = 14) -> [Double?] {
        var result = [Double?](repeating: nil, count: values.count)
        guard period >= 1, values.count > period else { return result }
        var averageGain = 0.0
        var averageLoss = 0.0
        for k in 1...period {
            let change = values[k] - values[k - 1]
            averageGain += max(change, 0)
            averageLoss += max(-change, 0)
        }
        averageGain /= Double(period)
        averageLoss /= Double(period)
        result[period] = index(averageGain: averageGain, averageLoss: averageLoss)
        let weight = Double(period - 1)
        for k in (period + 1)..<values.count {
            let change = values[k] - values[k - 1]
            averageGain = (averageGain * weight + max(change, 0)) / Double(period)
            averageLoss = (averageLoss * weight + max(-change, 0)) / Double(period)
            result[k] = index(averageGain: averageGain, averageLoss: averageLoss)
        }
        return result
    }

    private static func index(averageGain: Double, averageLoss: Double) -> Double {
        guard averageLoss > 0 else { return 100 }
        return 100 - 100 / (1 + averageGain / averageLoss)
    }
}
