import Mustache
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

/// The data of one day's briefing, as the briefing templates see it: a typed value computed
/// from ``BriefingInputs`` alone, answering the template's names with a switch.
struct BriefingPage: Encodable, Equatable, TemplateNode {
    let date: String
    let weekday: String
    let root: String
    /// The notice at the top: educational, which prices are modelled or quoted, not advice.
    let pricingText: String
    /// "Since the last session": one Markdown line each (``BriefingText/changes(_:spxChange:vixChange:)``).
    let changes: [ChangeLine]
    let spx: String
    let vix: String
    let spxChange: String
    let vixChange: String
    let layerTitle: String
    let layerText: String
    let signals: [SignalRow]
    let rateText: String
    let forwardText: String
    let warmup: Bool
    let warmupSessions: String
    let events: [EventItem]
    let eventsWindow: String
    /// What the events list leaves unsaid, or nil when it says it all.
    let eventsText: String?
    /// The held condor, or nil when the account is flat.
    let position: PositionSection?
    /// Why the account is flat, or nil when it holds a condor.
    let flatText: String?
    /// On a flat day: the condor the rules would open at the next session, if any.
    let proposal: CondorSummary?
    /// On a flat day: why the rules would open nothing, if so.
    let proposalRefusal: String?
    let hedges: [HedgeRow]
    let rules: [FiredRule]
    let profiles: [ProfileRow]
    /// The one-sentence summary (meta description and feed).
    let summary: String
    let previous: BriefingLink?
    let next: BriefingLink?
    /// Every schema field of the steward's day, by column name (`{{outcome.spot}}`).
    let outcome: OutcomeFieldsSection

    var hasEvents: Bool { !events.isEmpty }
    var hasHedges: Bool { !hedges.isEmpty }
    var hasRules: Bool { !rules.isEmpty }

    /// The template's names, one per property.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "date": .text(date)
        case "weekday": .text(weekday)
        case "pricingText": .text(pricingText)
        case "changes": .list(changes)
        case "root": .text(root)
        case "spx": .text(spx)
        case "vix": .text(vix)
        case "spxChange": .text(spxChange)
        case "vixChange": .text(vixChange)
        case "layerTitle": .text(layerTitle)
        case "layerText": .text(layerText)
        case "signals": .list(signals)
        case "rateText": .text(rateText)
        case "forwardText": .text(forwardText)
        case "warmup": .flag(warmup)
        case "warmupSessions": .text(warmupSessions)
        case "events": .list(events)
        case "hasEvents": .flag(hasEvents)
        case "eventsWindow": .text(eventsWindow)
        case "eventsText": eventsText.map(TemplateValue.text)
        case "position": position.map(TemplateValue.node)
        case "flatText": flatText.map(TemplateValue.text)
        case "proposal": proposal.map(TemplateValue.node)
        case "proposalRefusal": proposalRefusal.map(TemplateValue.text)
        case "hedges": .list(hedges)
        case "hasHedges": .flag(hasHedges)
        case "rules": .list(rules)
        case "hasRules": .flag(hasRules)
        case "profiles": .list(profiles)
        case "summary": .text(summary)
        case "previous": previous.map(TemplateValue.node)
        case "next": next.map(TemplateValue.node)
        case "outcome": .node(outcome)
        default: nil
        }
    }

    /// The little the HTML page template needs beyond the rendered body: the date and the
    /// previous/next links (passing the whole page would only slow Mustache down).
    var navigation: BriefingNavigation {
        BriefingNavigation(date: date, previous: previous, next: next)
    }

    /// The page title.
    var title: String { "Briefing for \(date)" }
    /// The meta description and feed summary.
    var description: String { summary }

    /// Builds the page from its inputs, and from nothing else (their encoding is the page's cache key).
    init(_ inputs: BriefingInputs) {
        let day = inputs.day
        let previous = inputs.previous
        let steward = inputs.steward
        let strategy = inputs.engine.strategy
        let model = inputs.engine.model
        let coverage = inputs.coverage.files
        let root = inputs.root
        date = day.date.iso
        weekday = BriefingText.weekday(day.date)
        pricingText = BriefingText.pricingText(steward.position)
        self.root = root
        spx = DisplayNumber.fixed(day.spx, 2)
        vix = DisplayNumber.fixed(day.vix, 2)
        spxChange =
            (previous?.spx ?? inputs.closeBefore).map { before in
                DisplayNumber.signed(day.spx - before, 2) + " ("
                    + DisplayNumber.percent(day.spx / before - 1, 2, signed: true) + ")"
            } ?? "first day"
        vixChange = previous.map { DisplayNumber.signed(day.vix - $0.vix, 2) } ?? "first day"
        changes = BriefingText.changes(inputs, spxChange: spxChange, vixChange: vixChange).map(ChangeLine.init)
        layerTitle = BriefingText.layerTitle(steward.layer)
        layerText = BriefingText.layerText(steward.layer, vix: day.vix, strategy: strategy)
        signals = BriefingText.signalRows(steward.signals, day: day, coverage: coverage)
        rateText = BriefingText.rateText(day: day, coverage: coverage[.rates], model: model)
        forwardText = BriefingText.forwardText(day: day, coverage: coverage[.vixFutures], model: model)
        warmup = steward.warmup
        warmupSessions = String(strategy.warmupSessions)
        events = steward.signals.upcomingEvents.map {
            EventItem(date: $0.date.iso, name: $0.name, kind: $0.kind.rawValue)
        }
        eventsWindow = BriefingText.nextSessions(strategy.eventLookaheadSessions)
        eventsText = BriefingText.eventsText(
            steward.signals.eventCalendar, hasEvents: !events.isEmpty, sessions: strategy.eventLookaheadSessions)
        if let held = steward.position {
            position = BriefingText.position(steward, held, strategy: strategy)
            flatText = nil
        } else {
            position = nil
            flatText = BriefingText.flatText(steward)
        }
        switch inputs.proposal {
        case .condor(let preview)?:
            proposal = BriefingText.proposal(preview, day: day, strategy: strategy)
            proposalRefusal = nil
        case .refused(let reason)?:
            proposal = nil
            proposalRefusal = BriefingText.proposalRefusal(reason)
        case nil:
            proposal = nil
            proposalRefusal = nil
        }
        hedges = steward.hedges.filter(\.isHeld).map { BriefingText.hedge($0, multiplier: strategy.contractMultiplier) }
        rules = steward.firings.map { firing in
            FiredRule(
                id: firing.id.rawValue, title: firing.id.title,
                explanation: RuleExplanation.sentence(for: firing),
                href: root + "rules/\(firing.id.rawValue)/index.html")
        }
        let start = strategy.startingCapital
        outcome = OutcomeFieldsSection(record: steward)
        profiles = inputs.profiles.map { glance in
            ProfileRow(
                title: glance.profile.title, equity: DisplayNumber.usd(glance.equity),
                sinceStart: DisplayNumber.percent(glance.equity / start - 1, 2, signed: true),
                layer: String(glance.layer),
                rules: glance.rules.isEmpty ? "none" : glance.rules.map(\.rawValue).joined(separator: ", "))
        }
        summary = BriefingText.summary(day: day, record: steward)
        self.previous = previous.flatMap { inputs.linksPrevious ? BriefingLink(date: $0.date.iso) : nil }
        next = inputs.next.map { BriefingLink(date: $0.iso) }
    }
}

/// What the briefing's HTML page template reads beyond the site and page: the date and the links.
struct BriefingNavigation: TemplateNode {
    let date: String
    let previous: BriefingLink?
    let next: BriefingLink?

    /// The template's names: `date`, `previous`, `next`.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "date": .text(date)
        case "previous": previous.map(TemplateValue.node)
        case "next": next.map(TemplateValue.node)
        default: nil
        }
    }
}
