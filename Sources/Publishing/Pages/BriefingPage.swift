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

    /// Builds the page from its inputs, and from nothing else (their encoding is the page's cache key).
    init(_ inputs: BriefingInputs) {
        let day = inputs.day
        let previous = inputs.previous
        let steward = inputs.steward
        let strategy = inputs.engine.strategy
        let model = inputs.engine.model
        let coverage = inputs.coverage.files
        let root = inputs.root
        date = day.date
        var context: [String: any Sendable] = [
            "date": day.date.iso,
            "weekday": BriefingText.weekday(day.date),
            "root": root,
            "spx": DisplayNumber.fixed(day.spx, 2),
            "vix": DisplayNumber.fixed(day.vix, 2),
            "spxChange": (previous?.spx ?? inputs.closeBefore).map { before in
                DisplayNumber.signed(day.spx - before, 2) + " ("
                    + DisplayNumber.percent(day.spx / before - 1, 2, signed: true) + ")"
            } ?? "first day",
            "vixChange": previous.map { DisplayNumber.signed(day.vix - $0.vix, 2) } ?? "first day",
            "layerTitle": BriefingText.layerTitle(steward.layer),
            "layerText": BriefingText.layerText(steward.layer, vix: day.vix, strategy: strategy),
            "signals": BriefingText.signalRows(steward.signals, day: day, coverage: coverage),
            "rateText": BriefingText.rateText(
                day: day, coverage: coverage[.rates], model: model),
            "forwardText": BriefingText.forwardText(
                day: day, coverage: coverage[.vixFutures], model: model),
            "warmup": steward.warmup,
            "warmupSessions": String(strategy.warmupSessions),
        ]
        let events = steward.signals.upcomingEvents.map {
            ["date": $0.date.iso, "name": $0.name, "kind": $0.kind.rawValue]
        }
        context["events"] = events
        context["hasEvents"] = !events.isEmpty
        context["eventsWindow"] = BriefingText.nextSessions(strategy.eventLookaheadSessions)
        context["eventsText"] = BriefingText.eventsText(
            steward.signals.eventCalendar, hasEvents: !events.isEmpty,
            sessions: strategy.eventLookaheadSessions)
        if let position = steward.position {
            context["position"] = BriefingText.position(position, strategy: strategy)
        } else {
            context["flatText"] = BriefingText.flatText(steward)
        }
        let hedges = steward.hedges.filter(\.isHeld).map(BriefingText.hedge)
        context["hedges"] = hedges
        context["hasHedges"] = !hedges.isEmpty
        let rules = steward.firings.map { firing in
            [
                "id": firing.id.rawValue, "title": firing.id.title, "explanation": RuleExplanation.sentence(for: firing),
                "href": root + "rules/\(firing.id.rawValue)/index.html",
            ]
        }
        context["rules"] = rules
        context["hasRules"] = !rules.isEmpty
        context["profiles"] = inputs.records.map { record -> [String: String] in
            let start = strategy.startingCapital
            return [
                "title": record.profile.title,
                "equity": DisplayNumber.usd(record.equity),
                "sinceStart": DisplayNumber.percent(record.equity / start - 1, 2, signed: true),
                "layer": String(record.layer),
                "rules": record.firings.isEmpty ? "none" : record.firings.map(\.id.rawValue).joined(separator: ", "),
            ]
        }
        context["summary"] = BriefingText.summary(day: day, record: steward)
        if let previous, inputs.linksPrevious { context["previous"] = ["date": previous.date.iso] }
        if let next = inputs.next { context["next"] = ["date": next.iso] }
        self.context = context
    }
}
