import Mustache

/// One row of the briefing's signal table.
struct SignalRow: Encodable, Equatable, MustacheParent {
    let name: String
    let value: String
    let note: String

    /// The template's names: `name`, `value`, `note`.
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "value": value
        case "note": note
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
        case "date": date
        case "name": name
        case "kind": kind
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
        case "label": label
        case "strike": strike
        case "iv": iv
        case "price": price
        case "delta": delta
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
        case "contractsText": contractsText
        case "expiration": expiration
        case "dte": dte
        case "openDate": openDate
        case "legs": legs
        case "credit": credit
        case "creditUSD": creditUSD
        case "wingWidth": wingWidth
        case "maxLoss": maxLoss
        case "breakevenLow": breakevenLow
        case "breakevenHigh": breakevenHigh
        case "value": value
        case "pnl": pnl
        case "distancePercent": distancePercent
        case "distanceSigmas": distanceSigmas
        case "delta": delta
        case "gamma": gamma
        case "vega": vega
        case "theta": theta
        case "k0": k0
        case "k": k
        case "erosion": erosion
        case "band": band
        case "invariantText": invariantText
        case "layerNote": layerNote
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
        case "layer": layer
        case "strikes": strikes
        case "expiration": expiration
        case "contracts": contracts
        case "premium": premium
        case "value": value
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
        case "id": id
        case "title": title
        case "explanation": explanation
        case "href": href
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
        case "title": title
        case "equity": equity
        case "sinceStart": sinceStart
        case "layer": layer
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
        key == "date" ? date : nil
    }
}
