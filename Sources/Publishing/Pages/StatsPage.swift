import NumberStyle
import Charts
import MarketData
import Strategy

/// Renders `stats/index.html`: the metrics of the three profiles side by side and their charts.
struct StatsPage {
    let renderer: PageRenderer
    let runs: [Profile: ProfileRun]
    let days: [TradingDay]
    let published: Range<Int>
    let configuration: Configuration
    /// Every rule's statistics per profile (`SiteSteps.evaluate`).
    let ruleStatistics: [Profile: [RuleID: RuleStatistics]]
    /// Whether the site has the model-versus-market page (a chain was supplied), to link it.
    var linksModelVersusMarket = false
    /// Charts with more days than this are thinned to every n-th day (the last day always kept).
    static let maximumChartPoints = 1_500

    /// The page's HTML.
    func html() throws -> String {
        let sample = StatsPage.chartIndices(published)
        let dates = sample.map { days[$0].date.iso }
        let profiles = Profile.allCases
        let equitySeries = profiles.map { profile in
            ChartSeries(name: profile.title, values: sample.map { equity(profile, $0) })
        }
        let equityChart = LineChart(
            id: "equity-chart",
            input: LineChart.Input(
                title: "Equity of the three profiles", dates: dates, series: equitySeries, yAxisTitle: "Equity (USD)")
        ).svg()
        let drawdownSeries = profiles.map { profile in
            let all = runs[profile]?.drawdowns(over: published) ?? []
            return ChartSeries(
                name: profile.title,
                values: sample.map { all.indices.contains($0 - published.lowerBound) ? all[$0 - published.lowerBound] : .nan })
        }
        let drawdownChart = DrawdownChart(
            id: "drawdown-chart",
            input: DrawdownChart.Input(title: "Drawdown from the running peak", dates: dates, series: drawdownSeries)
        ).svg()
        let steward = runs[.steward]?.records ?? []
        let vixDays = sample.map { index in
            VIXLayersChart.Day(
                date: days[index].date.iso, vix: days[index].vix,
                layer: index < steward.count ? steward[index].layer : 0)
        }
        let vixChart = VIXLayersChart(
            id: "vix-chart",
            input: VIXLayersChart.Input(
                title: "VIX close with the ALVH thresholds and the steward's active layers", days: vixDays,
                layer1Threshold: configuration.strategy.layer1Threshold,
                layer2Threshold: configuration.strategy.layer2Threshold)
        ).svg()
        let layerDays = published.compactMap { $0 < steward.count ? steward[$0].layer : nil }
        let quoted = quotedSessions
        return try renderer.page(
            template: "stats", path: "stats/index.html", title: "Statistics", description: "Metrics and charts of the three profiles.",
            root: "../",
            body: "",
            extra: [
                "sessions": String(published.count),
                "firstDate": published.first.map { days[$0].date.iso } ?? "",
                "lastDate": published.last.map { days[$0].date.iso } ?? "",
                "startingCapital": DisplayNumber.usd(configuration.strategy.startingCapital),
                "metrics": metricRows(), "ruleCounts": ruleCountRows(),
                "pricesOrigin": Self.pricesOrigin(quotedSessions: quoted), "modelVersusMarket": linksModelVersusMarket,
                "equityChart": BriefingFigures.figure(
                    equityChart,
                    caption: quoted == 0
                        ? "Daily equity, modelled prices, costs included."
                        : "Daily equity, modelled prices and quoted mids, costs included."),
                "drawdownChart": BriefingFigures.figure(
                    drawdownChart, caption: "How far each profile stood below its previous high."),
                "vixChart": BriefingFigures.figure(
                    vixChart, caption: "Shaded: the days layer 1 or layer 2 was active for the steward."),
                "layer1Days": String(layerDays.filter { $0 >= 1 }.count),
                "layer2Days": String(layerDays.filter { $0 >= 2 }.count),
            ])
    }

    /// The published sessions on which any profile held a leg priced from a quote.
    private var quotedSessions: Int {
        published.filter { index in
            runs.values.contains { run in
                index < run.records.count && run.records[index].position?.legs.contains { $0.source == .market } == true
            }
        }.count
    }

    /// Where the page's option prices come from, in a phrase.
    private static func pricesOrigin(quotedSessions quoted: Int) -> String {
        guard quoted > 0 else { return "modelled option prices" }
        return "option prices modelled from the VIX, except the condor legs priced at the mids of chain.csv's quotes on "
            + "\(quoted) of these sessions"
    }

    private func equity(_ profile: Profile, _ index: Int) -> Double {
        guard let records = runs[profile]?.records, index < records.count else { return 0 }
        return records[index].equity
    }

    private func metricRows() -> [[String: String]] {
        typealias Row = (name: String, about: String, value: (ProfileMetrics) -> String)
        let percent = { (value: Double?) in value.map { DisplayNumber.percent($0, 2) } ?? "n/a" }
        let ratio = { (value: Double?) in value.map { DisplayNumber.fixed($0, 2) } ?? "n/a" }
        let usd = { (value: Double) in DisplayNumber.fixed(value, 2) }
        let rows: [Row] = [
            ("Final equity (USD)", "Cash plus the marked value of the open condor and hedges on the last day.", { usd($0.endEquity) }),
            ("Total return", "Final equity against the starting capital.", { percent($0.totalReturn) }),
            ("CAGR", "The whole account's compound annual growth rate over the period.", { percent($0.cagr) }),
            (
                "IRR on deployed margin, annualised",
                "The yearly rate of return on the cash the trades tied up: each condor's margin from its opening to its close, each hedge's premium, costs and proceeds.",
                { percent($0.moneyWeightedReturn) }
            ),
            ("Annualised volatility", "The sample standard deviation of daily equity returns, × √252.", { percent($0.annualisedVolatility) }),
            ("Sharpe ratio", "Annualised excess return over the risk-free rate per unit of volatility.", { ratio($0.sharpe) }),
            ("Sortino ratio", "As Sharpe, but only days below the risk-free rate count as risk.", { ratio($0.sortino) }),
            ("Maximum drawdown", "The deepest fall of equity from a previous peak.", { percent($0.maxDrawdown?.depth) }),
            (
                "Drawdown peak → trough", "The dates of that fall.",
                { m in m.maxDrawdown.map { "\($0.peakDate.iso) → \($0.troughDate.iso)" } ?? "n/a" }
            ),
            (
                "Recovered on", "The first day equity was back at the peak.",
                { m in m.maxDrawdown.map { $0.recoveryDate?.iso ?? "not yet" } ?? "n/a" }
            ),
            ("Calmar ratio", "CAGR divided by the maximum drawdown.", { ratio($0.calmar) }),
            ("Condors closed", "Trades closed during the period.", { String($0.tradeCount) }),
            ("Win rate", "The share of closed condors with a positive net P&L.", { percent($0.winRate) }),
            (
                "Average days held", "Calendar days from opening to closing, averaged over closed condors.",
                { m in m.averageDaysHeld.map { DisplayNumber.fixed($0, 1) } ?? "n/a" }
            ),
            ("Premium / margin (%)", "The credit received on closed condors as a share of their margin (the maximum loss at the opening).", { percent($0.premiumToMargin) }),
            ("Total costs (USD)", "Commissions and slippage on every leg opened and closed, hedges included.", { usd($0.totalCosts) }),
            ("Hedges bought", "VIX call spreads bought by the ALVH layers.", { String($0.hedgeCount) }),
        ]
        return rows.map { row in
            var cells = ["name": row.name, "about": row.about]
            for profile in Profile.allCases {
                cells[profile == .staticBaseline ? "static" : profile.rawValue] =
                    runs[profile].map { row.value($0.metrics) } ?? "n/a"
            }
            return cells
        }
    }

    /// Per rule, the number of published days on which it fired, per profile.
    private func ruleCountRows() -> [[String: String]] {
        RuleID.allCases.map { id in
            var row = ["id": id.rawValue]
            for profile in Profile.allCases {
                row[profile == .staticBaseline ? "static" : profile.rawValue] = String(
                    ruleStatistics[profile]?[id]?.dates.count ?? 0)
            }
            return row
        }
    }

    /// The indices charted: every n-th published day so that at most `maximumChartPoints` remain, plus the last.
    static func chartIndices(_ published: Range<Int>) -> [Int] {
        let stride = max(1, (published.count + maximumChartPoints - 1) / maximumChartPoints)
        var indices = Array(Swift.stride(from: published.lowerBound, to: published.upperBound, by: stride))
        if let last = published.last, indices.last != last { indices.append(last) }
        return indices
    }
}
