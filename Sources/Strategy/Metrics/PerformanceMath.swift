import Foundation
import MarketData

/// Pure performance statistics over daily series: growth, volatility, risk-adjusted returns.
///
/// Conventions shared by every function here:
/// - a year has 252 trading sessions for annualising daily statistics, and 365.25 calendar days
///   for turning a date span into years (``years(from:to:)``);
/// - returns are simple daily returns as decimals (0.01 = 1 %);
/// - a statistic that is undefined for its input (a zero deviation, too few values) is nil rather
///   than infinite or NaN, so it can be printed and archived as "n/a".
///
/// Drawdowns are in `PerformanceMath+Drawdown.swift`, the money-weighted return in
/// `PerformanceMath+XIRR.swift`.
public enum PerformanceMath {
    /// Trading sessions per year, used to annualise daily statistics.
    public static let sessionsPerYear = 252.0

    /// Calendar days per year, used to turn a date span into years.
    public static let daysPerYear = 365.25

    /// The length of a date span in years: calendar days / 365.25.
    public static func years(from start: CalendarDate, to end: CalendarDate) -> Double {
        Double(end - start) / daysPerYear
    }

    /// The compound annual growth rate that takes `startValue` to `endValue` in `years`.
    ///
    /// `(endValue / startValue)^(1 / years) − 1`, as a decimal.
    ///
    /// - Returns: −1 when the end value is zero or negative (everything was lost), and 0 when the
    ///   question has no answer (`years ≤ 0` or `startValue ≤ 0`).
    public static func cagr(startValue: Double, endValue: Double, years: Double) -> Double {
        guard years > 0, startValue > 0 else { return 0 }
        guard endValue > 0 else { return -1 }
        return pow(endValue / startValue, 1 / years) - 1
    }

    /// Simple daily returns `values[i] / values[i−1] − 1` of a value series (one fewer than values).
    ///
    /// A return whose previous value is zero or negative is reported as 0, since it has no meaning.
    public static func dailyReturns(values: [Double]) -> [Double] {
        guard values.count >= 2 else { return [] }
        return (1..<values.count).map { i in values[i - 1] > 0 ? values[i] / values[i - 1] - 1 : 0 }
    }

    /// The daily risk-free return equivalent to an annual rate in percent (e.g. 5.1 for 5.1 %).
    ///
    /// Compounded over 252 sessions: `(1 + percent / 100)^(1/252) − 1`.
    public static func dailyRiskFree(annualPercent: Double) -> Double {
        pow(1 + annualPercent / 100, 1 / sessionsPerYear) - 1
    }

    /// The annualised volatility of daily returns: sample standard deviation × √252, as a decimal.
    ///
    /// - Returns: 0 for fewer than two returns.
    public static func annualisedVolatility(dailyReturns: [Double]) -> Double {
        (sampleStandardDeviation(dailyReturns) ?? 0) * sessionsPerYear.squareRoot()
    }

    /// The annualised Sharpe ratio against a constant daily risk-free return.
    ///
    /// The definition is the one of the overload that takes a risk-free series.
    public static func sharpe(dailyReturns: [Double], riskFreeDaily: Double = 0) -> Double? {
        sharpe(excess: dailyReturns.map { $0 - riskFreeDaily })
    }

    /// The annualised Sharpe ratio against a daily risk-free series.
    ///
    /// Excess return `e[i] = dailyReturns[i] − riskFreeDaily[i]` (the two arrays are paired
    /// index by index and cut to the shorter); Sharpe = mean(e) / sample stdev(e) × √252.
    ///
    /// - Returns: nil for fewer than two returns or a zero deviation (below 1e-12 a day).
    public static func sharpe(dailyReturns: [Double], riskFreeDaily: [Double]) -> Double? {
        sharpe(excess: zip(dailyReturns, riskFreeDaily).map { $0 - $1 })
    }

    /// The annualised Sortino ratio against a constant daily risk-free return.
    ///
    /// The definition is the one of the overload that takes a risk-free series.
    public static func sortino(dailyReturns: [Double], riskFreeDaily: Double = 0) -> Double? {
        sortino(excess: dailyReturns.map { $0 - riskFreeDaily })
    }

    /// The annualised Sortino ratio against a daily risk-free series.
    ///
    /// Excess return `e[i] = dailyReturns[i] − riskFreeDaily[i]` (paired and cut to the shorter);
    /// downside deviation DD = √(Σ min(e[i], 0)² / N) over all N days (days above the risk-free
    /// count as zero shortfall); Sortino = mean(e) / DD × √252.
    ///
    /// - Returns: nil for no returns or a zero downside deviation (below 1e-12 a day: no day fell
    ///   short of the risk-free).
    public static func sortino(dailyReturns: [Double], riskFreeDaily: [Double]) -> Double? {
        sortino(excess: zip(dailyReturns, riskFreeDaily).map { $0 - $1 })
    }

    /// The Calmar ratio: CAGR divided by the maximum drawdown depth.
    ///
    /// - Parameters:
    ///   - cagr: The compound annual growth rate, as a decimal.
    ///   - maxDrawdown: The maximum drawdown depth as a positive fraction (0.2 = 20 %), as in
    ///     ``Drawdown/depth``.
    /// - Returns: nil when there was no drawdown (`maxDrawdown ≤ 0`).
    public static func calmar(cagr: Double, maxDrawdown: Double) -> Double? {
        maxDrawdown > 0 ? cagr / maxDrawdown : nil
    }

    static let negligibleDeviation = 1e-12

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    static func sampleStandardDeviation(_ values: [Double]) -> Double? {
        guard values.count >= 2, let mean = mean(values) else { return nil }
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }

    private static func sharpe(excess: [Double]) -> Double? {
        guard let mean = mean(excess), let deviation = sampleStandardDeviation(excess),
            deviation > negligibleDeviation
        else { return nil }
        return mean / deviation * sessionsPerYear.squareRoot()
    }

    private static func sortino(excess: [Double]) -> Double? {
        guard let mean = mean(excess) else { return nil }
        let shortfall = excess.reduce(0) { $0 + min($1, 0) * min($1, 0) }
        let downside = (shortfall / Double(excess.count)).squareRoot()
        guard downside > negligibleDeviation else { return nil }
        return mean / downside * sessionsPerYear.squareRoot()
    }
}
