import Charts
import MarketData
import NumberStyle
import Strategy

/// Renders `stats/model-vs-market/index.html`, built when `chain.csv` is supplied: how far the
/// VIX-derived volatility surface is from the quoted mids, by moneyness and by days to
/// expiration, and the surface parameters that would fit the quotes best.
struct ModelVersusMarketPage {
    /// The page's path.
    static let path = "stats/model-vs-market/index.html"

    let renderer: PageRenderer
    let comparison: ModelComparison
    let model: ModelParameters

    /// The page's HTML.
    func html() throws -> String {
        var extra: [String: any Sendable] = [
            "intro": intro, "byMoneyness": comparison.byMoneyness.map(row), "byDays": comparison.byDays.map(row),
            "hasQuotes": comparison.count > 0,
        ]
        if let fit = comparison.fit {
            extra["fit"] = [
                ["name": "atmRatio", "configured": Self.number(model.atmRatio), "fitted": Self.number(fit.atmRatio)],
                ["name": "skew", "configured": Self.number(model.skew), "fitted": Self.number(fit.skew)],
                ["name": "smile", "configured": Self.number(model.smile), "fitted": Self.number(fit.smile)],
                [
                    "name": "Root-mean-square error (volatility points)",
                    "configured": DisplayNumber.fixed(fit.configuredRMSError, 2),
                    "fitted": DisplayNumber.fixed(fit.rmsError, 2),
                ],
            ]
        }
        if comparison.byMoneyness.count >= 2 {
            extra["smileChart"] = BriefingFigures.figure(
                smileChart(),
                caption: "Mean implied volatility of the out-of-the-money quotes by strike/spot group: quoted, and "
                    + "the model's for the same options.")
        }
        return try renderer.page(
            template: "model-vs-market", path: Self.path, title: "The model against the market",
            description: "How far the VIX-derived option prices are from the quoted mids of chain.csv.",
            root: "../../", body: "", extra: extra)
    }

    /// The opening paragraph: what was compared.
    private var intro: String {
        guard let first = comparison.dates.first, let last = comparison.dates.last else {
            return "chain.csv was supplied, but none of its quotes could be compared: the page compares "
                + "out-of-the-money quotes expiring 1 to 180 days after their quote date, with strikes from 70 % to "
                + "130 % of the spot and an implied volatility (the file's, or solved from the mid)."
        }
        return "\(DisplayNumber.fixed(Double(comparison.count), 0)) out-of-the-money quotes of chain.csv on "
            + "\(DisplayNumber.fixed(Double(comparison.dates.count), 0)) trading days (\(first.iso) to \(last.iso)), "
            + "expiring 1 to 180 days later, with strikes from 70 % to 130 % of the spot, each priced again with the "
            + "VIX-derived model the briefings use where no quote exists. The tables give the means of the quoted and "
            + "modelled implied volatilities and of the model's error (model minus quote: positive means the model is "
            + "dearer than the quoted mid), with the mean absolute error in brackets."
    }

    private func row(_ bucket: ModelComparison.Bucket) -> [String: String] {
        [
            "label": bucket.label, "count": DisplayNumber.fixed(Double(bucket.count), 0),
            "market": DisplayNumber.fixed(bucket.meanMarketVolatility * 100, 2),
            "model": DisplayNumber.fixed(bucket.meanModelVolatility * 100, 2),
            "volError": DisplayNumber.signed(bucket.meanVolatilityError, 2) + " ("
                + DisplayNumber.fixed(bucket.meanAbsoluteVolatilityError, 2) + ")",
            "priceError": DisplayNumber.signed(bucket.meanPriceError, 2) + " ("
                + DisplayNumber.fixed(bucket.meanAbsolutePriceError, 2) + ")",
        ]
    }

    /// The mean quoted and modelled volatilities by moneyness group.
    private func smileChart() -> String {
        let groups = comparison.byMoneyness
        return LineChart(
            id: "smile-chart",
            input: LineChart.Input(
                title: "Implied volatility by strike/spot: quoted and modelled",
                description: "Mean implied volatility by strike/spot group: "
                    + groups.map {
                        "\($0.label), quoted \(DisplayNumber.percent($0.meanMarketVolatility, 1)) and model "
                            + DisplayNumber.percent($0.meanModelVolatility, 1)
                    }.joined(separator: "; ") + ".",
                dates: groups.map(\.label),
                series: [
                    ChartSeries(name: "Quoted (mean)", values: groups.map(\.meanMarketVolatility)),
                    ChartSeries(name: "Model (mean)", values: groups.map(\.meanModelVolatility)),
                ],
                yAxisTitle: "Implied volatility", xAxisTitle: "Strike / spot", valueStyle: .percent)
        ).svg()
    }

    /// A surface parameter with up to four decimals.
    private static func number(_ value: Double) -> String {
        DisplayNumber.trimmed(value, maxDecimals: 4)
    }
}
