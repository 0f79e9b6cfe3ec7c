import NumberStyle
import MarketData
import Strategy

/// Everything a briefing is built from: the market, every profile's records and the configuration.
struct BriefingSource: Sendable {
    /// The published trading days.
    let days: [TradingDay]
    /// Each profile's records, aligned with `days`.
    let records: [Profile: [DayRecord]]
    /// The live configuration.
    let configuration: Configuration
    /// The optional files supplied and the dates they span (``MarketSeries/coverage``).
    let coverage: [MarketDataFile: InputCoverage]
    /// The last SPX warm-up close (``MarketSeries/spxWarmUp``): the first day's SPX change is
    /// measured from it when it is the session right before.
    var spxBefore: DatedClose?
}

/// The data of one day's briefing, as the briefing templates see it.
struct BriefingPage {
    let date: CalendarDate
    let context: [String: any Sendable]
    /// The steward's record of the day (the featured position).
    let featured: DayRecord

    /// The little the HTML page template needs beyond the rendered body: the date and the
    /// previous/next links (passing the whole context would only slow Mustache down).
    var navigation: [String: any Sendable] {
        var result: [String: any Sendable] = ["date": date.iso]
        result["previous"] = context["previous"]
        result["next"] = context["next"]
        return result
    }

    /// The page title.
    var title: String { "Briefing for \(date.iso)" }
    /// The meta description and feed summary.
    var description: String { context["summary"] as? String ?? title }

    /// Builds the page for `source.days[index]` with links relative to `root` (the site root as seen from the page).
    /// `first` is the first published index: no "previous" link points before it.
    init(source: BriefingSource, index: Int, root: String, first: Int = 0) {
        let day = source.days[index]
        let previous = index > 0 ? source.days[index - 1] : nil
        let steward = source.records[.steward]?[index] ?? BriefingPage.emptyRecord(day)
        let configuration = source.configuration
        date = day.date
        featured = steward
        var context: [String: any Sendable] = [
            "date": day.date.iso,
            "weekday": BriefingText.weekday(day.date),
            "root": root,
            "spx": DisplayNumber.fixed(day.spx, 2),
            "vix": DisplayNumber.fixed(day.vix, 2),
            "spxChange": (previous?.spx ?? BriefingPage.sessionBefore(day, source.spxBefore)).map { before in
                DisplayNumber.signed(day.spx - before, 2) + " ("
                    + DisplayNumber.percent(day.spx / before - 1, 2, signed: true) + ")"
            } ?? "first day",
            "vixChange": previous.map { DisplayNumber.signed(day.vix - $0.vix, 2) } ?? "first day",
            "layerTitle": BriefingText.layerTitle(steward.layer),
            "layerText": BriefingText.layerText(steward.layer, vix: day.vix, strategy: configuration.strategy),
            "signals": BriefingText.signalRows(steward.signals, day: day, coverage: source.coverage),
            "rateText": BriefingText.rateText(
                day: day, coverage: source.coverage[.rates], model: configuration.model),
            "forwardText": BriefingText.forwardText(
                day: day, coverage: source.coverage[.vixFutures], model: configuration.model),
            "warmup": steward.warmup,
            "warmupSessions": String(configuration.strategy.warmupSessions),
        ]
        let events = steward.signals.upcomingEvents.map {
            ["date": $0.date.iso, "name": $0.name, "kind": $0.kind.rawValue]
        }
        context["events"] = events
        context["hasEvents"] = !events.isEmpty
        context["eventsWindow"] = BriefingText.nextSessions(configuration.strategy.eventLookaheadSessions)
        context["eventsText"] = BriefingText.eventsText(
            steward.signals.eventCalendar, hasEvents: !events.isEmpty,
            sessions: configuration.strategy.eventLookaheadSessions)
        if let position = steward.position {
            context["position"] = BriefingText.position(position, strategy: configuration.strategy)
        } else {
            context["flatText"] = BriefingText.flatText(steward)
        }
        let hedges = steward.hedges.filter(\.isHeld).map(BriefingText.hedge)
        context["hedges"] = hedges
        context["hasHedges"] = !hedges.isEmpty
        let rules = steward.firings.map { firing in
            [
                "id": firing.id.rawValue, "title": firing.id.title, "explanation": firing.explanation,
                "href": root + "rules/\(firing.id.rawValue)/index.html",
            ]
        }
        context["rules"] = rules
        context["hasRules"] = !rules.isEmpty
        context["profiles"] = Profile.allCases.compactMap { profile -> [String: String]? in
            guard let record = source.records[profile]?[index] else { return nil }
            let start = configuration.strategy.startingCapital
            return [
                "title": profile.title,
                "equity": DisplayNumber.usd(record.equity),
                "sinceStart": DisplayNumber.percent(record.equity / start - 1, 2, signed: true),
                "layer": String(record.layer),
                "rules": record.firings.isEmpty ? "none" : record.firings.map(\.id.rawValue).joined(separator: ", "),
            ]
        }
        context["summary"] = BriefingText.summary(day: day, record: steward)
        if let previous, index > first { context["previous"] = ["date": previous.date.iso] }
        if index + 1 < source.days.count { context["next"] = ["date": source.days[index + 1].date.iso] }
        self.context = context
    }

    /// The close of `before` when it is dated on the NYSE session right before `day`.
    private static func sessionBefore(_ day: TradingDay, _ before: DatedClose?) -> Double? {
        guard let before, NYSECalendar.nextSession(after: before.date) == day.date else { return nil }
        return before.close
    }

    /// A placeholder record for a day with no steward record (never expected; keeps pages total).
    private static func emptyRecord(_ day: TradingDay) -> DayRecord {
        DayRecord(
            date: day.date, profile: .steward, spot: day.spx, vix: day.vix, layer: 0, position: nil, firings: [],
            cash: 0, equity: 0, hedgeValue: 0, totalCosts: 0, hedges: [], signals: SignalRecord(), warmup: true)
    }
}
