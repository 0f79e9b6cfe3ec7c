import NumberStyle
import MarketData
import Strategy

/// The generated last section of the methodology page: the inputs of the build at hand.
///
/// It lists every file read (layout, rows, dates), every optional file that was not supplied with
/// what was modelled or defaulted instead, where a supplied file does not reach the whole history,
/// and the SPX closes that only warm up the SPX-only indicators. It is rendered from the template
/// `build-inputs.md` and appended to the page's Markdown, so it is linked and rendered like the
/// rest of the page, and it is rendered on every build, so it never describes a previous one.
struct BuildInputsSection: Sendable {
    /// The slug of the free page that carries the section.
    static let pageSlug = "methodology"

    /// The files read, in ``MarketDataFile`` order (`LoadedMarketData.sources`).
    let sources: [DataSource]
    /// The evaluated series (trading days, warm-up closes and optional-file coverage).
    let series: MarketSeries
    /// The model parameters that stand in for missing files.
    let model: ModelParameters

    /// The section's Markdown.
    func markdown(renderer: PageRenderer) throws -> String {
        try renderer.markdown(template: "build-inputs.md", context: context)
    }

    /// The template context.
    var context: [String: any Sendable] {
        let supplied: [[String: String]] = sources.map { source in
            [
                "file": source.file.fileName, "layout": source.layout,
                "rows": DisplayNumber.fixed(Double(source.rowCount), 0),
                "first": source.firstDate?.iso ?? "none", "last": source.lastDate?.iso ?? "none",
            ]
        }
        let read = Set(sources.map(\.file))
        let missing: [[String: String]] = MarketDataFile.allCases.filter { !$0.isRequired && !read.contains($0) }.map {
            ["file": $0.fileName, "instead": instead(of: $0)]
        }
        var context: [String: any Sendable] = [
            "supplied": supplied, "missing": missing, "hasMissing": !missing.isEmpty,
            "reach": reach, "hasReach": !reach.isEmpty, "pricing": pricing,
        ]
        if let first = series.days.first, let last = series.days.last {
            context["days"] = DisplayNumber.fixed(Double(series.days.count), 0)
            context["firstDay"] = first.date.iso
            context["lastDay"] = last.date.iso
        }
        if let first = series.spxWarmUp.first, let last = series.spxWarmUp.last {
            let count = series.spxWarmUp.count
            context["warmUp"] =
                "\(DisplayNumber.fixed(Double(count), 0)) SPX \(count == 1 ? "close" : "closes") dated before the first "
                + "VIX close (\(first.date.iso) to \(last.date.iso)) warm up realised volatility, the one indicator "
                + "that reads the SPX alone; they are not trading days and have no briefing."
        }
        return context
    }

    /// Where the option prices come from: the model alone, or quotes on the days `chain.csv` covers.
    var pricing: String {
        guard let chain = series.chain, let first = chain.days.first, let last = chain.days.last else {
            return "Option prices are modelled with Black–Scholes–Merton from the VIX close: no option chain is read."
        }
        return "chain.csv gives \(DisplayNumber.fixed(Double(chain.quoteCount), 0)) option quotes on "
            + "\(DisplayNumber.fixed(Double(chain.days.count), 0)) trading days (\(first.date.iso) to \(last.date.iso)). "
            + "On those days the condors are chosen among the quoted expirations and strikes, and every leg with a "
            + "usable quote is marked at its mid; every other option price (a leg without a usable quote, a day "
            + "outside the chain, the payoff curves, the VIX hedges) is modelled with Black–Scholes–Merton from the "
            + "VIX close. Each briefing says which of its legs are quoted."
    }

    /// What stands in for an optional file that was not supplied.
    func instead(of file: MarketDataFile) -> String {
        switch file {
        case .breadth:
            return "the A/D line and breadth divergence are unknown, so the breadth-divergence rule never "
                + "tightens the band, and the briefings say so."
        case .rates:
            return "the risk-free rate is the configured default, \(DisplayNumber.percent(model.riskFreeRate, 2)) a "
                + "year (riskFreeRate), on every day."
        case .events:
            return "release dates are unknown: the event-window rule never tightens the band, and no briefing "
                + "can say whether an FOMC, CPI or PPI release is due."
        case .vixFutures:
            return "the VIX forward for the hedges is modelled from the VIX close, drifting towards "
                + "θ = \(BriefingText.plain(model.vixForwardMean)) at speed κ = "
                + "\(BriefingText.plain(model.vixForwardSpeed)) (vixForwardMean, vixForwardSpeed)."
        case .spx, .vix:
            return ""
        }
    }

    /// One sentence per supplied optional file that starts after the first trading day or ends
    /// before the last one, saying what the days outside it use.
    var reach: [[String: String]] {
        guard let firstDay = series.days.first?.date, let lastDay = series.days.last?.date else { return [] }
        var lines: [String] = []
        for file in MarketDataFile.allCases where !file.isRequired {
            guard let coverage = series.coverage[file] else { continue }
            guard let first = coverage.first, let last = coverage.last else {
                lines.append("\(file.fileName) has no usable rows: \(instead(of: file))")
                continue
            }
            if first > firstDay {
                lines.append(
                    "\(file.fileName) starts on \(first.iso), after the first trading day (\(firstDay.iso)): "
                        + before(file))
            }
            if last < lastDay {
                lines.append(
                    "\(file.fileName) ends on \(last.iso), before the last trading day (\(lastDay.iso)): "
                        + after(file))
            }
        }
        return lines.map { ["text": $0] }
    }

    /// What the days before an optional file's first row use.
    private func before(_ file: MarketDataFile) -> String {
        switch file {
        case .breadth: return "the A/D line and breadth divergence are unknown before it."
        case .rates: return "the days before it use the configured default rate."
        case .events: return "releases before it are unknown."
        case .vixFutures: return "the VIX forward is modelled before it."
        case .spx, .vix: return ""
        }
    }

    /// What the days after an optional file's last row use.
    private func after(_ file: MarketDataFile) -> String {
        switch file {
        case .breadth: return "the A/D line and breadth divergence are unknown after it."
        case .rates: return "its last rate is carried forward after it, and the briefings say so."
        case .events: return "releases after it are unknown."
        case .vixFutures: return "the VIX forward is modelled after it."
        case .spx, .vix: return ""
        }
    }
}
