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
            let slice = returns[(index - window + 1)...index].compactMap { $0 }
            guard slice.count == window else { continue }
            let mean = slice.reduce(0, +) / Double(window)
            let squares = slice.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            result[index] = (squares / Double(window - 1)).squareRoot() * (252.0).squareRoot()
        }
        return result
    }
}
