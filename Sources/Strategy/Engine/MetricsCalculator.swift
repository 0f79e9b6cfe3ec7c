import MarketData

/// Computes ``ProfileMetrics`` from a finished simulation (readings on ``ProfileMetrics``).
struct MetricsCalculator {
    /// The finished simulation.
    let simulation: ProfileSimulation

    /// The metrics of the run.
    func metrics() -> ProfileMetrics {
        let records = simulation.records
        let start = max(simulation.parameters.warmupSessions - 1, 0)
        let curve = start < records.count ? records[start...].map { EquityPoint(date: $0.date, equity: $0.equity) } : []
        let values = curve.map(\.equity)
        let dates = curve.map(\.date)
        let startEquity = values.first ?? simulation.parameters.startingCapital
        let endEquity = values.last ?? startEquity
        let years = dates.first.flatMap { first in dates.last.map { PerformanceMath.years(from: first, to: $0) } } ?? 0
        let cagr = PerformanceMath.cagr(startValue: startEquity, endValue: endEquity, years: years)
        let returns = PerformanceMath.dailyReturns(values: values)
        let riskFree = riskFreeDaily(curveStart: start, count: returns.count)
        let drawdown = PerformanceMath.maxDrawdown(values: values, dates: dates)
        let trades = simulation.trades
        let wins = trades.filter(\.isWin).count
        let margin = trades.reduce(0) { $0 + $1.margin }
        let premium = trades.reduce(0) { $0 + $1.credit * simulation.multiplier * $1.contracts }
        return ProfileMetrics(
            equityCurve: curve, startDate: dates.first, endDate: dates.last, startEquity: startEquity,
            endEquity: endEquity, totalReturn: startEquity > 0 ? endEquity / startEquity - 1 : 0, cagr: cagr,
            annualisedVolatility: PerformanceMath.annualisedVolatility(dailyReturns: returns),
            sharpe: PerformanceMath.sharpe(dailyReturns: returns, riskFreeDaily: riskFree),
            sortino: PerformanceMath.sortino(dailyReturns: returns, riskFreeDaily: riskFree),
            maxDrawdown: drawdown,
            calmar: drawdown.flatMap { PerformanceMath.calmar(cagr: cagr, maxDrawdown: $0.depth) },
            tradeCount: trades.count, winRate: trades.isEmpty ? nil : Double(wins) / Double(trades.count),
            averageDaysHeld: trades.isEmpty
                ? nil : Double(trades.reduce(0) { $0 + $1.daysHeld }) / Double(trades.count),
            premiumToMargin: margin > 0 ? premium / margin : nil, totalCosts: simulation.totalCosts,
            hedgeCount: simulation.hedgeCount, moneyWeightedReturn: PerformanceMath.xirr(cashFlows: cashFlows()),
            ruleStatistics: RuleStatistics.all(records: records, range: records.indices))
    }

    /// The daily risk-free return of each return day (the day the return ends on).
    private func riskFreeDaily(curveStart: Int, count: Int) -> [Double] {
        (0..<count).map { offset in
            let day = simulation.days[curveStart + offset + 1]
            let percent = day.ratePercent ?? simulation.engineParameters.model.riskFreeRate * 100
            return PerformanceMath.dailyRiskFree(annualPercent: percent)
        }
    }

    /// The dated cash flows of the XIRR: trades, the condor still held, and hedges.
    func cashFlows() -> [(date: CalendarDate, amount: Double)] {
        var flows: [(date: CalendarDate, amount: Double)] = []
        for trade in simulation.trades {
            flows.append((trade.openDate, -trade.margin))
            flows.append((trade.closeDate, trade.margin + trade.pnl))
        }
        flows.append(contentsOf: simulation.hedgeCashFlows)
        if let last = simulation.records.last {
            if let held = simulation.condor, let position = last.position {
                flows.append((held.openDate, -held.maxLoss))
                flows.append((last.date, held.maxLoss + position.unrealisedPnl - held.openingCosts))
            }
            if last.hedgeValue > 0 { flows.append((last.date, last.hedgeValue)) }
        }
        return flows
    }
}
