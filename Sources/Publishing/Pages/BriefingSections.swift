import Mustache

/// One row of the briefing's signal table.
struct SignalRow: Encodable, Equatable, MustacheParent {
    let name: String
    let value: String
    let note: String

    /// The template's names: `name`, `value`, `note`.
    func child(named key: String) -> Any? {
        switch key {
        case "name": TemplateText(name)
        case "value": TemplateText(value)
        case "note": TemplateText(note)
        default: nil
        }
    }
}

/// One scheduled event in the look-ahead window.
struct EventItem: Encodable, Equatable, MustacheParent {
    let date: String
    let name: String
    let kind: String

    /// The template's names: `date`, `name`, `kind`.
    func child(named key: String) -> Any? {
        switch key {
        case "date": TemplateText(date)
        case "name": TemplateText(name)
        case "kind": TemplateText(kind)
        default: nil
        }
    }
}

/// One leg of the held condor.
struct LegRow: Encodable, Equatable, MustacheParent {
    let label: String
    let strike: String
    let iv: String
    let price: String
    let delta: String

    /// The template's names: `label`, `strike`, `iv`, `price`, `delta`.
    func child(named key: String) -> Any? {
        switch key {
        case "label": TemplateText(label)
        case "strike": TemplateText(strike)
        case "iv": TemplateText(iv)
        case "price": TemplateText(price)
        case "delta": TemplateText(delta)
        default: nil
        }
    }
}

/// The held condor: its legs, measures and invariant.
struct PositionSection: Encodable, Equatable, MustacheParent {
    let contractsText: String
    let expiration: String
    let dte: String
    let openDate: String
    let legs: [LegRow]
    let credit: String
    let creditUSD: String
    let wingWidth: String
    let maxLoss: String
    let breakevenLow: String
    let breakevenHigh: String
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

    /// The template's names, one per stored property.
    func child(named key: String) -> Any? {
        switch key {
        case "contractsText": TemplateText(contractsText)
        case "expiration": TemplateText(expiration)
        case "dte": TemplateText(dte)
        case "openDate": TemplateText(openDate)
        case "legs": legs
        case "credit": TemplateText(credit)
        case "creditUSD": TemplateText(creditUSD)
        case "wingWidth": TemplateText(wingWidth)
        case "maxLoss": TemplateText(maxLoss)
        case "breakevenLow": TemplateText(breakevenLow)
        case "breakevenHigh": TemplateText(breakevenHigh)
        case "value": TemplateText(value)
        case "pnl": TemplateText(pnl)
        case "distancePercent": TemplateText(distancePercent)
        case "distanceSigmas": TemplateText(distanceSigmas)
        case "delta": TemplateText(delta)
        case "gamma": TemplateText(gamma)
        case "vega": TemplateText(vega)
        case "theta": TemplateText(theta)
        case "k0": TemplateText(k0)
        case "k": TemplateText(k)
        case "erosion": TemplateText(erosion)
        case "band": TemplateText(band)
        case "invariantText": TemplateText(invariantText)
        case "layerNote": layerNote.map(TemplateText.init)
        default: nil
        }
    }
}

/// One VIX call spread held as a hedge.
struct HedgeRow: Encodable, Equatable, MustacheParent {
    let layer: String
    let strikes: String
    let expiration: String
    let contracts: String
    let premium: String
    let value: String

    /// The template's names: `layer`, `strikes`, `expiration`, `contracts`, `premium`, `value`.
    func child(named key: String) -> Any? {
        switch key {
        case "layer": TemplateText(layer)
        case "strikes": TemplateText(strikes)
        case "expiration": TemplateText(expiration)
        case "contracts": TemplateText(contracts)
        case "premium": TemplateText(premium)
        case "value": TemplateText(value)
        default: nil
        }
    }
}

/// One rule that fired for the steward, with a link to its page.
struct FiredRule: Encodable, Equatable, MustacheParent {
    let id: String
    let title: String
    let explanation: String
    let href: String

    /// The template's names: `id`, `title`, `explanation`, `href`.
    func child(named key: String) -> Any? {
        switch key {
        case "id": TemplateText(id)
        case "title": TemplateText(title)
        case "explanation": TemplateText(explanation)
        case "href": TemplateText(href)
        default: nil
        }
    }
}

/// One profile's row of the comparison table.
struct ProfileRow: Encodable, Equatable, MustacheParent {
    let title: String
    let equity: String
    let sinceStart: String
    let layer: String
    let rules: String

    /// The template's names: `title`, `equity`, `sinceStart`, `layer`, `rules`.
    func child(named key: String) -> Any? {
        switch key {
        case "title": TemplateText(title)
        case "equity": TemplateText(equity)
        case "sinceStart": TemplateText(sinceStart)
        case "layer": TemplateText(layer)
        case "rules": rules
        default: nil
        }
    }
}

/// A link to another briefing, by its date.
struct BriefingLink: Encodable, Equatable, MustacheParent {
    let date: String

    /// The template's name: `date`.
    func child(named key: String) -> Any? {
        key == "date" ? TemplateText(date) : nil
    }
}
