import Foundation
import MarketData
import Testing

@testable import Strategy

@Suite struct PerformanceMathTests {
    private func date(_ text: String) -> CalendarDate {
        CalendarDate(iso: text) ?? CalendarDate(daysSinceEpoch: 0)
    }

    private func isClose(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance
    }

    // MARK: Growth and volatility

    @Test func yearsUseCalendarDaysOver365Point25() {
        #expect(PerformanceMath.years(from: date("2020-01-01"), to: date("2024-01-01")) == 1461 / 365.25)
        #expect(PerformanceMath.years(from: date("2020-01-01"), to: date("2024-01-01")) == 4)
    }

    @Test func cagr() {
        #expect(isClose(PerformanceMath.cagr(startValue: 100, endValue: 121, years: 2), 0.1))
        #expect(isClose(PerformanceMath.cagr(startValue: 100, endValue: 50, years: 1), -0.5))
        #expect(isClose(PerformanceMath.cagr(startValue: 100_000, endValue: 150_000, years: 0.5), 1.25))
        #expect(PerformanceMath.cagr(startValue: 100, endValue: 0, years: 3) == -1)
        #expect(PerformanceMath.cagr(startValue: 100, endValue: 120, years: 0) == 0)
        #expect(PerformanceMath.cagr(startValue: 0, endValue: 120, years: 1) == 0)
    }

    @Test func dailyReturnsAndRiskFree() {
        let returns = PerformanceMath.dailyReturns(values: [100, 110, 99, 99])
        #expect(returns.count == 3)
        #expect(isClose(returns[0], 0.1) && isClose(returns[1], -0.1) && returns[2] == 0)
        #expect(PerformanceMath.dailyReturns(values: [100]).isEmpty)
        // 5 % a year compounds to (1.05)^(1/252) − 1 a session; 252 of them give back 5 %.
        let daily = PerformanceMath.dailyRiskFree(annualPercent: 5)
        #expect(isClose(pow(1 + daily, 252), 1.05))
        #expect(isClose(daily, 0.000193630, 1e-9))
    }

    @Test func annualisedVolatility() {
        // Returns +1 %, −1 %: mean 0, sample variance 2·0.0001 / 1, stdev 0.014142 a day.
        let volatility = PerformanceMath.annualisedVolatility(dailyReturns: [0.01, -0.01])
        #expect(isClose(volatility, (0.0002).squareRoot() * (252.0).squareRoot()))
        #expect(isClose(volatility, 0.2244994432, 1e-9))
        #expect(PerformanceMath.annualisedVolatility(dailyReturns: [0.01]) == 0)
        #expect(PerformanceMath.annualisedVolatility(dailyReturns: [0.003, 0.003, 0.003]) < 1e-12)
    }

    // MARK: Sharpe and Sortino

    /// +1 %, −0.5 %, +1 %, −0.5 %: mean 0.25 %, deviations ±0.75 %.
    private let alternating = [0.01, -0.005, 0.01, -0.005]

    @Test func sharpeOnAConstructedSeries() {
        // Sample stdev = 0.0075 × √(4/3); mean / stdev = √3 / 6; × √252 = √756 / 6 = 4.5825757.
        #expect(isClose(PerformanceMath.sharpe(dailyReturns: alternating), 756.0.squareRoot() / 6))
        #expect(isClose(PerformanceMath.sharpe(dailyReturns: alternating), 4.58257569495584, 1e-12))
    }

    @Test func sharpeSubtractsTheRiskFree() {
        // A constant risk-free of 0.05 % a day lowers the mean to 0.2 % and leaves the deviation.
        let expected = 0.002 / (0.0075 * (4.0 / 3).squareRoot()) * (252.0).squareRoot()
        #expect(isClose(PerformanceMath.sharpe(dailyReturns: alternating, riskFreeDaily: 0.0005), expected))
        let series = PerformanceMath.sharpe(dailyReturns: alternating, riskFreeDaily: [0.0005, 0.0005, 0.0005, 0.0005])
        #expect(isClose(series, expected))
    }

    @Test func sharpeUndefinedCases() {
        #expect(PerformanceMath.sharpe(dailyReturns: [0.001, 0.001, 0.001]) == nil)
        #expect(PerformanceMath.sharpe(dailyReturns: [0.001]) == nil)
        #expect(PerformanceMath.sharpe(dailyReturns: []) == nil)
    }

    @Test func sortinoOnAConstructedSeries() {
        // Shortfalls: two days of −0.5 %; DD = √(2 · 0.000025 / 4) = 0.0035355;
        // mean / DD = 0.0025 / 0.0035355 = √0.5; × √252 = √126 = 11.2249722.
        #expect(isClose(PerformanceMath.sortino(dailyReturns: alternating), 126.0.squareRoot()))
        // Against a risk-free of 1 % a day every day falls short: e = 0, −1.5 %, 0, −1.5 %.
        // mean −0.75 %, DD = √(2 · 0.000225 / 4) = 0.0106066, ratio −√0.5 × √252 = −√126.
        #expect(isClose(PerformanceMath.sortino(dailyReturns: alternating, riskFreeDaily: 0.01), -(126.0.squareRoot())))
    }

    @Test func sortinoUndefinedWithoutShortfall() {
        #expect(PerformanceMath.sortino(dailyReturns: [0.01, 0.02, 0.0]) == nil)
        #expect(PerformanceMath.sortino(dailyReturns: []) == nil)
        #expect(PerformanceMath.sortino(dailyReturns: [0.01, 0.02], riskFreeDaily: [0.0, 0.03]) != nil)
    }

    @Test func calmar() {
        #expect(PerformanceMath.calmar(cagr: 0.12, maxDrawdown: 0.24) == 0.5)
        #expect(PerformanceMath.calmar(cagr: 0.12, maxDrawdown: 0) == nil)
    }

    // MARK: Drawdown

    private var sessions: [CalendarDate] {
        (0..<7).map { date("2024-01-01").adding(days: $0) }
    }

    @Test func drawdownSeries() {
        let series = PerformanceMath.drawdownSeries(values: [100, 120, 90, 110, 125, 100, 130])
        let expected = [0, 0, 0.25, 1 - 110.0 / 120, 0, 0.2, 0]
        #expect(zip(series, expected).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(PerformanceMath.drawdownSeries(values: []).isEmpty)
    }

    @Test func maxDrawdownDates() throws {
        let drawdown = try #require(
            PerformanceMath.maxDrawdown(values: [100, 120, 90, 110, 125, 100, 130], dates: sessions))
        #expect(isClose(drawdown.depth, 0.25))
        #expect(drawdown.peakDate == date("2024-01-02"))
        #expect(drawdown.troughDate == date("2024-01-03"))
        #expect(drawdown.recoveryDate == date("2024-01-05"))  // 125 is the first value back above 120
    }

    @Test func maxDrawdownWithoutRecovery() throws {
        let drawdown = try #require(
            PerformanceMath.maxDrawdown(values: [100, 105, 105, 95, 84, 90, 104.9], dates: sessions))
        #expect(isClose(drawdown.depth, 0.2))
        #expect(drawdown.peakDate == date("2024-01-03"))  // the latest day at the 105 high
        #expect(drawdown.troughDate == date("2024-01-05"))
        #expect(drawdown.recoveryDate == nil)
    }

    @Test func maxDrawdownOfARisingSeriesAndBadInput() throws {
        let rising = try #require(PerformanceMath.maxDrawdown(values: [1, 2, 3], dates: Array(sessions.prefix(3))))
        #expect(rising == Drawdown(depth: 0, peakDate: sessions[0], troughDate: sessions[0], recoveryDate: nil))
        #expect(PerformanceMath.maxDrawdown(values: [], dates: []) == nil)
        #expect(PerformanceMath.maxDrawdown(values: [1, 2], dates: sessions) == nil)
    }

    @Test func maxDrawdownKeepsTheDeepestOfSeveral() throws {
        // Falls of 10 % (peak day 0) and 30 % (peak day 3); equal depth ties keep the earlier trough.
        let drawdown = try #require(
            PerformanceMath.maxDrawdown(values: [100, 90, 100, 200, 140, 150, 210], dates: sessions))
        #expect(isClose(drawdown.depth, 0.3))
        #expect(drawdown.peakDate == sessions[3] && drawdown.troughDate == sessions[4])
        #expect(drawdown.recoveryDate == sessions[6])
        let tie = try #require(
            PerformanceMath.maxDrawdown(values: [100, 80, 100, 80, 100], dates: Array(sessions.prefix(5))))
        #expect(tie.troughDate == sessions[1] && tie.recoveryDate == sessions[2])
    }

    // MARK: XIRR
    // Reference values from a one-off Python bisection on the same NPV definition (365-day years).

    @Test func xirrOfOneYearAcrossALeapYear() {
        // 366 days: (1.1)^(365/366) − 1 = 0.0997135859341...
        let rate = PerformanceMath.xirr(cashFlows: [(date("2020-01-01"), -1000), (date("2021-01-01"), 1100)])
        #expect(isClose(rate, 0.09971358593414, 1e-12))
        #expect(isClose(rate, pow(1.1, 365.0 / 366) - 1, 1e-12))
    }

    @Test func xirrOfTheClassicSpreadsheetExample() {
        let flows: [(date: CalendarDate, amount: Double)] = [
            (date("2008-01-01"), -10_000), (date("2008-03-01"), 2_750), (date("2008-10-30"), 4_250),
            (date("2009-02-15"), 3_250), (date("2009-04-01"), 2_750),
        ]
        #expect(isClose(PerformanceMath.xirr(cashFlows: flows), 0.3733625335188314, 1e-10))
        #expect(isClose(PerformanceMath.xirr(cashFlows: flows.reversed()), 0.3733625335188314, 1e-10))
    }

    @Test func xirrWithDepositsAndLosses() {
        let deposits: [(date: CalendarDate, amount: Double)] = [
            (date("2019-01-01"), -100_000), (date("2019-06-03"), -20_000), (date("2020-02-14"), 5_000),
            (date("2021-12-31"), 130_000),
        ]
        #expect(isClose(PerformanceMath.xirr(cashFlows: deposits), 0.04206713149315988, 1e-10))
        let halved = PerformanceMath.xirr(cashFlows: [(date("2020-01-01"), -1000), (date("2021-01-01"), 500)])
        #expect(isClose(halved, -0.499052180393882, 1e-10))
    }

    @Test func xirrAtTheExtremes() {
        let huge = PerformanceMath.xirr(cashFlows: [(date("2021-01-01"), -1), (date("2022-01-01"), 1000)])
        #expect(isClose(huge, 999, 1e-8))
        let century = PerformanceMath.xirr(cashFlows: [(date("1950-01-01"), -1), (date("2050-01-01"), 2)])
        let years = Double(date("2050-01-01") - date("1950-01-01")) / 365
        #expect(isClose(century, pow(2, 1 / years) - 1, 1e-12))
        let nothingBack = PerformanceMath.xirr(cashFlows: [(date("2021-01-01"), -1), (date("2022-01-01"), 0.001)])
        #expect(isClose(nothingBack, 0.001 - 1, 1e-9))
    }

    @Test func xirrIsNilWithoutARoot() {
        #expect(PerformanceMath.xirr(cashFlows: []) == nil)
        #expect(PerformanceMath.xirr(cashFlows: [(date("2020-01-01"), -1000)]) == nil)
        #expect(PerformanceMath.xirr(cashFlows: [(date("2020-01-01"), 1000), (date("2021-01-01"), 1100)]) == nil)
        // Signs change, but −1000 now, +400 later and −100 after that lose money at every rate.
        let noRoot: [(date: CalendarDate, amount: Double)] = [
            (date("2020-01-01"), -1000), (date("2020-07-01"), 400), (date("2021-01-01"), -100),
        ]
        #expect(PerformanceMath.xirr(cashFlows: noRoot) == nil)
    }
}
