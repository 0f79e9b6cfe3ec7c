import Foundation
import MarketData

extension PerformanceMath {
    /// The money-weighted annual return of dated cash flows (the spreadsheet XIRR).
    ///
    /// Finds the annual rate `r > −1` where the net present value
    /// `Σ amount[k] / (1 + r)^((date[k] − d0) / 365)` is zero, with `d0` the earliest date and
    /// 365-day years (the spreadsheet convention; the root does not depend on the choice of `d0`).
    /// Amounts paid in (deposits, the opening value) are negative, amounts received (withdrawals,
    /// the closing value) positive.
    ///
    /// The search runs on `x = ln(1 + r)`: it looks on a grid over rates from about −99.99 % to
    /// about +800,000 % (narrower for spans over 66 years, to keep discount factors finite) for sign
    /// changes of the present value, takes the bracket nearest to the usual 10 % guess, and
    /// bisects it to full precision, so it cannot diverge the way plain Newton iteration can.
    /// Flows with several roots give the one nearest 10 %; two roots closer than a grid step
    /// (0.01 in `x`) can hide each other. The grid is searched outwards from the guess (see
    /// ``XIRRGrid``), which finds the same bracket as a scan of the whole grid.
    ///
    /// - Parameter cashFlows: Dated amounts, in any order; same-date amounts simply add up.
    /// - Returns: The rate as a decimal (0.1 = 10 % a year), or nil when there is no root: fewer
    ///   than two flows, no sign change among the amounts, or none found on the grid.
    /// - Complexity: O(n) per present value, with typically a few dozen present values for a
    ///   root near the guess and at most one per grid point (about 1,800) plus 200 to bisect.
    public static func xirr(cashFlows: [(date: CalendarDate, amount: Double)]) -> Double? {
        guard cashFlows.contains(where: { $0.amount > 0 }), cashFlows.contains(where: { $0.amount < 0 }),
            let start = cashFlows.map(\.date).min()
        else { return nil }
        let flows = cashFlows.map { (years: Double($0.date - start) / 365, amount: $0.amount) }
        let longest = flows.map(\.years).max() ?? 0
        func presentValue(_ x: Double) -> Double {
            flows.reduce(0) { $0 + $1.amount * exp(-x * $1.years) }
        }

        let limit = min(9.0, longest > 0 ? 600 / longest : 9.0)
        var grid = XIRRGrid(limit: limit, step: 0.01, guess: log(1.1), presentValue: presentValue)
        let bracket: (low: Double, high: Double)
        switch grid.nearestBracket() {
        case .root(let x): return expm1(x)
        case .none: return nil
        case .bracket(let low, let high): bracket = (low, high)
        }
        var (low, high) = bracket
        var lowValue = presentValue(low)
        for _ in 0..<200 where high - low > 1e-15 {
            let middle = (low + high) / 2
            let value = presentValue(middle)
            if value == 0 { return expm1(middle) }
            if (value > 0) == (lowValue > 0) {
                low = middle
                lowValue = value
            } else {
                high = middle
            }
        }
        return expm1((low + high) / 2)
    }
}
