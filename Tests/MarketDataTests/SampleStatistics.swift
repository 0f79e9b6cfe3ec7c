import Foundation

@testable import MarketData

/// Summary statistics of a synthetic market, for the generator's tests.
struct SampleStatistics: CustomStringConvertible {
    var meanVIX: Double
    var minVIX: Double
    var maxVIX: Double
    /// Annualised standard deviation of daily SPX log returns.
    var realisedVolatility: Double
    /// Correlation of daily SPX log returns with daily VIX point changes.
    var returnVIXCorrelation: Double
    /// Annualised SPX log growth.
    var annualGrowth: Double
    var daysAbove25: Int
    var daysAbove35: Int

    init(_ market: SampleMarket) {
        let vix = market.days.map(\.vixClose)
        let spx = market.days.map(\.spxClose)
        meanVIX = vix.reduce(0, +) / Double(vix.count)
        minVIX = vix.min() ?? 0
        maxVIX = vix.max() ?? 0
        let returns = zip(spx.dropFirst(), spx).map { log($0 / $1) }
        let vixChanges = zip(vix.dropFirst(), vix).map { $0 - $1 }
        realisedVolatility = SampleStatistics.standardDeviation(returns) * 252.0.squareRoot()
        returnVIXCorrelation = SampleStatistics.correlation(returns, vixChanges)
        let first = spx.first ?? 1
        let last = spx.last ?? 1
        annualGrowth = log(last / first) / (Double(max(spx.count - 1, 1)) / 252)
        daysAbove25 = vix.filter { $0 > 25 }.count
        daysAbove35 = vix.filter { $0 > 35 }.count
    }

    var description: String {
        "mean VIX \(meanVIX), realised \(realisedVolatility), correlation \(returnVIXCorrelation), "
            + "days above 35: \(daysAbove35)"
    }

    static func standardDeviation(_ values: [Double]) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)
        return variance.squareRoot()
    }

    static func correlation(_ a: [Double], _ b: [Double]) -> Double {
        let meanA = a.reduce(0, +) / Double(a.count)
        let meanB = b.reduce(0, +) / Double(b.count)
        var covariance = 0.0
        var varianceA = 0.0
        var varianceB = 0.0
        for (x, y) in zip(a, b) {
            covariance += (x - meanA) * (y - meanB)
            varianceA += (x - meanA) * (x - meanA)
            varianceB += (y - meanB) * (y - meanB)
        }
        return covariance / (varianceA * varianceB).squareRoot()
    }
}
