import Charts
import struct MarketData.SplitMix64
import TestSupport

/// Sample inputs shared by the chart tests, built with plain arithmetic only (no `exp`, `sin` …),
/// so that they are the same bytes on every platform.
enum ChartFixtures {
    static let shortPut = 4_820.0
    static let shortCall = 5_080.0
    static let longPut = 4_720.0
    static let longCall = 5_180.0
    static let credit = 12.35
    static let spot = 4_950.12

    /// P&L in USD per contract at expiration of the sample condor.
    static func expirationPnL(_ level: Double) -> Double {
        let putSpread = min(max(shortPut - level, 0), shortPut - longPut)
        let callSpread = min(max(level - shortCall, 0), longCall - shortCall)
        return (credit - putSpread - callSpread) * 100
    }

    /// A smooth stand-in for today's P&L: the expiration P&L averaged over nearby levels with
    /// binomial weights (a discrete bell curve 150 points wide on each side), less a time value.
    static func todayPnL(_ level: Double) -> Double {
        let steps = 30
        var weight = 1.0
        var total = 0.0
        var weights = 0.0
        for k in 0...steps {
            total += weight * expirationPnL(level + Double(k - steps / 2) * 10)
            weights += weight
            weight = weight * Double(steps - k) / Double(k + 1)
        }
        return total / weights - 150
    }

    static let levels = stride(from: 4_620.0, through: 5_280.0, by: 10).map { $0 }

    static var payoffInput: PayoffChart.Input {
        PayoffChart.Input(
            title: "Steward iron condor payoff on 2024-03-15",
            expiration: levels.map { ChartPoint($0, expirationPnL($0)) },
            today: levels.map { ChartPoint($0, todayPnL($0)) },
            breakEvens: .init(low: shortPut - credit, high: shortCall + credit),
            shortStrikes: .init(put: shortPut, call: shortCall),
            longStrikes: .init(put: longPut, call: longCall),
            spot: spot)
    }
}

extension ChartFixtures {
    /// `count` weekday dates from 2024-01-02 as `YYYY-MM-DD` (weekends skipped, holidays kept).
    static func weekdays(_ count: Int) -> [String] {
        let monthLengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var (month, day, weekday) = (1, 2, 2)  // 2024-01-02 was a Tuesday (Monday = 1).
        var dates: [String] = []
        while dates.count < count {
            if weekday <= 5 {
                let monthText = month < 10 ? "0\(month)" : "\(month)"
                let dayText = day < 10 ? "0\(day)" : "\(day)"
                dates.append("2024-\(monthText)-\(dayText)")
            }
            weekday = weekday % 7 + 1
            day += 1
            if day > monthLengths[month - 1] { (month, day) = (month + 1, 1) }
        }
        return dates
    }

    /// A mean-reverting VIX path with one spike, and the ALVH layer each day under the SPEC's
    /// hysteresis (stand down on the third close below threshold − 2).
    static var vixDays: [VIXLayersChart.Day] {
        let dates = weekdays(130)
        var random = SplitMix64(seed: 7)
        var level = 14.0
        var days: [VIXLayersChart.Day] = []
        var layer1 = false
        var layer2 = false
        var below1 = 0
        var below2 = 0
        for (index, date) in dates.enumerated() {
            let shock = index == 55 ? 11.0 : (index == 56 ? 4.0 : 0)
            level = max(level + 0.12 * (15 - level) + random.uniform(in: -1.2...1.3) + shock, 9)
            let close = (level * 100).rounded() / 100
            if close >= 18 { layer1 = true }
            if close >= 25 { layer2 = true }
            below1 = close < 16 ? below1 + 1 : 0
            below2 = close < 23 ? below2 + 1 : 0
            if layer1 && below1 >= 3 { layer1 = false }
            if layer2 && below2 >= 3 { layer2 = false }
            days.append(.init(date: date, vix: close, layer: layer2 ? 2 : (layer1 ? 1 : 0)))
        }
        return days
    }

    /// Three equity curves over 130 days starting at 100,000 USD.
    static var equitySeries: (dates: [String], series: [ChartSeries]) {
        let dates = weekdays(130)
        var random = SplitMix64(seed: 42)
        let profiles = [("steward", 0.0006, 0.004), ("promoter", 0.0008, 0.007), ("static", 0.0003, 0.006)]
        let series = profiles.map { name, drift, noise in
            var equity = 100_000.0
            var values: [Double] = []
            for index in dates.indices {
                let crash = index == 55 ? -0.045 : 0
                equity *= 1 + drift + random.uniform(in: -noise...noise) + crash
                values.append((equity * 100).rounded() / 100)
            }
            return ChartSeries(name: name, values: values)
        }
        return (dates, series)
    }

    /// The drawdowns of ``equitySeries`` below their running peaks, as positive fractions (the way
    /// Strategy's `PerformanceMath.drawdownSeries` hands them to the chart).
    static var drawdownSeries: (dates: [String], series: [ChartSeries]) {
        let (dates, equity) = equitySeries
        let series = equity.map { item in
            var peak = -Double.infinity
            return ChartSeries(
                name: item.name,
                values: item.values.map { value in
                    peak = max(peak, value)
                    return 1 - value / peak
                })
        }
        return (dates, series)
    }
}
