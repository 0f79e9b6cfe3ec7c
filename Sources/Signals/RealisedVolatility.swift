import Foundation

/// Realised (historical) volatility of a price series.
public enum RealisedVolatility {
    /// The annualised standard deviation of the last `window` daily log returns, as a decimal.
    ///
    /// Conventions:
    /// - log return `r[k] = ln(closes[k] / closes[k−1])` for `k ≥ 1`;
    /// - the value at index `i` uses the `window` returns `r[i−window+1...i]`, so the first value is
    ///   at index `window` (it needs `window + 1` closes);
    /// - sample standard deviation (divisor `window − 1`, the mean is estimated), times √252;
    /// - the result is a decimal (0.15 = 15 %); multiply by 100 to compare with the VIX;
    /// - nil before enough data, for a `window` below 2, and for any window that touches a
    ///   non-positive close.
    ///
    /// Causal: the value at `i` uses only `closes[0...i]`.
    ///
    /// - Parameters:
    ///   - closes: Daily closes, oldest first.
    ///   - window: The number of log returns in each estimate.
    /// - Returns: One optional value per close.
    /// - Complexity: O(n × window).
    public static func annualised(closes: [Double], window: Int = 20) -> [Double?] {
        var result = [Double?](repeating: nil, count: closes.count)
        guard window >= 2, closes.count > window else { return result }
        let returns: [Double?] = closes.indices.map { k in
            guard k >= 1, closes[k] > 0, closes[k - 1] > 0 else { return nil }
            return log(closes[k] / closes[k - 1])
        }
        for index in window..<closes.count {
            // Summed in place, oldest first, rather than through a copy of the window per day.
            let span = (index - window + 1)...index
            guard returns[span].allSatisfy({ $0 != nil }) else { continue }
            var sum = 0.0
            for k in span { sum += returns[k] ?? 0 }
            let mean = sum / Double(window)
            var squares = 0.0
            for k in span {
                let deviation = (returns[k] ?? 0) - mean
                squares += deviation * deviation
            }
            result[index] = (squares / Double(window - 1)).squareRoot() * (252.0).squareRoot()
        }
        return result
    }
}
