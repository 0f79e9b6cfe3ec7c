import Mustache

/// One row of the briefing's signal table.
struct SignalRow: Encodable, Equatable, TemplateNode {
    let name: String
    let value: String
    let note: String

    /// The template's names: `name`, `value`, `note`.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "value": .text(value)
        case "note": .text(note)
        default: nil
        }
    }
}

/// One scheduled event in the look-ahead window.
struct EventItem: Encodable, Equatable, TemplateNode {
    let date: String
    let name: String
    let kind: String

    /// The template's names: `date`, `name`, `kind`.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "date": .text(date)
        case "name": .text(name)
        case "kind": .text(kind)
        default: nil
        }
    }
}

/// One line of "Since the last session", as Markdown written by CondorPress (numbers, words and
/// links to rule pages), inserted unescaped.
struct ChangeLine: Encodable, Equatable, TemplateNode {
    let markdown: String

    /// The template's name: `markdown`.
    func value(named key: String) -> TemplateValue? {
        key == "markdown" ? .text(markdown) : nil
    }
}

/// One leg of the held condor.
struct LegRow: Encodable, Equatable, TemplateNode {
    let label: String
    let strike: String
    let iv: String
    let price: String
    let delta: String
    /// "quote" (the mid of the day's quote) or "model".
    let source: String

    /// The template's names: `label`, `strike`, `iv`, `price`, `delta`, `source`.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "label": .text(label)
        case "strike": .text(strike)
        case "iv": .text(iv)
        case "price": .text(price)
        case "delta": .text(delta)
        case "source": .text(source)
        default: nil
        }
    }
}

/// The held condor: its legs, measures and invariant.
struct PositionSection: Encodable, Equatable, TemplateNode {
    /// The condor's expiration, size, legs, credit, wing, maximum loss and break-evens.
    let summary: CondorSummary
    let openDate: String
    let value: String
    let pnl: String
    let distancePercent: String
    let distanceSigmas: String
    let delta: String
    let gamma: String
    let vega: String
    let theta: String
    let k0: String
    let k: String
    let erosion: String
    let band: String
    let invariantText: String
    /// "ALVH layer N" when the condor was built under a hedge layer, else nil.
    let layerNote: String?
    /// Whether any leg is priced from a quote (the legs table then says where each price is from).
    let quoted: Bool
    /// On the opening day: the fill from quotes, or why the quotes could not answer.
    let pricingNote: String?

    /// The template's names, one per stored property; the summary's names for the rest.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "openDate": .text(openDate)
        case "value": .text(value)
        case "pnl": .text(pnl)
        case "distancePercent": .text(distancePercent)
        case "distanceSigmas": .text(distanceSigmas)
        case "delta": .text(delta)
        case "gamma": .text(gamma)
        case "vega": .text(vega)
        case "theta": .text(theta)
        case "k0": .text(k0)
        case "k": .text(k)
        case "erosion": .text(erosion)
        case "band": .text(band)
        case "invariantText": .text(invariantText)
        case "layerNote": layerNote.map(TemplateValue.text)
        case "quoted": .flag(quoted)
        case "pricingNote": pricingNote.map(TemplateValue.text)
        default: summary.value(named: key)
        }
    }
}

/// What the briefing shows of any condor, held or proposed: expiration, size, legs, credit,
/// wing, maximum loss and break-evens.
struct CondorSummary: Encodable, Equatable, TemplateNode {
    let expiration: String
    /// Calendar days to expiration.
    let dte: String
    let contractsText: String
    let legs: [LegRow]
    let credit: String
    let creditUSD: String
    let wingWidth: String
    let maxLoss: String
    let breakevenLow: String
    let breakevenHigh: String

    /// The template's names, one per stored property.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "expiration": .text(expiration)
        case "dte": .text(dte)
        case "contractsText": .text(contractsText)
        case "legs": .list(legs)
        case "credit": .text(credit)
        case "creditUSD": .text(creditUSD)
        case "wingWidth": .text(wingWidth)
        case "maxLoss": .text(maxLoss)
        case "breakevenLow": .text(breakevenLow)
        case "breakevenHigh": .text(breakevenHigh)
        default: nil
        }
    }
}

/// One VIX call spread held as a hedge.
struct HedgeRow: Encodable, Equatable, TemplateNode {
    let layer: String
    let strikes: String
    let expiration: String
    let contracts: String
    /// The premium paid per spread, in USD (the VIX points paid × the contract multiplier).
    let premium: String
    /// The premium paid for all the spreads, in USD (costs not included).
    let paid: String
    /// The model value of all the spreads today, in USD.
    let value: String

    /// The template's names: `layer`, `strikes`, `expiration`, `contracts`, `premium`, `paid`, `value`.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "layer": .text(layer)
        case "strikes": .text(strikes)
        case "expiration": .text(expiration)
        case "contracts": .text(contracts)
        case "premium": .text(premium)
        case "paid": .text(paid)
        case "value": .text(value)
        default: nil
        }
    }
}

/// One rule that fired for the steward, with a link to its page.
struct FiredRule: Encodable, Equatable, TemplateNode {
    let id: String
    let title: String
    let explanation: String
    let href: String

    /// The template's names: `id`, `title`, `explanation`, `href`.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "id": .text(id)
        case "title": .text(title)
        case "explanation": .text(explanation)
        case "href": .text(href)
        default: nil
        }
    }
}

/// One profile's row of the comparison table.
struct ProfileRow: Encodable, Equatable, TemplateNode {
    let title: String
    let equity: String
    let sinceStart: String
    let layer: String
    let rules: String

    /// The template's names: `title`, `equity`, `sinceStart`, `layer`, `rules`.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "equity": .text(equity)
        case "sinceStart": .text(sinceStart)
        case "layer": .text(layer)
        case "rules": .text(rules)
        default: nil
        }
    }
}

/// A link to another briefing, by its date.
struct BriefingLink: Encodable, Equatable, TemplateNode {
    let date: String

    /// The template's name: `date`.
    func value(named key: String) -> TemplateValue? {
        key == "date" ? .text(date) : nil
    }
}
