import MarketData
import Strategy

extension RuleExplanation {
    /// The event-window sentence: each kind (or an other event's name) once, in order of first mention.
    static func eventSentence(events: [MarketEvent], nextSession: CalendarDate, band: Double) -> String {
        var unique: [String] = []
        for name in events.map({ $0.kind == .other ? $0.name : $0.kind.rawValue }) where !unique.contains(name) {
            unique.append(name)
        }
        let list = unique.joined(separator: " and ")
        let plural = unique.count > 1
        let tightens = "so the band tightens to \(ExplanationNumbers.percentParameter(band))."
        return events.allSatisfy({ $0.date == nextSession })
            ? "\(list) \(plural ? "are" : "is") scheduled for the next session, \(nextSession.iso), \(tightens)"
            : "\(list) \(plural ? "fall" : "falls") before the next session on \(nextSession.iso), \(tightens)"
    }

    /// The clause describing what happened to a layer's hedge.
    static func clause(_ action: HedgeAction) -> String {
        typealias N = ExplanationNumbers
        switch action {
        case let .bought(contracts, long, short, expiration, premium):
            return "buys \(N.contracts(contracts)) VIX \(N.strike(long))/\(N.strike(short)) call spreads expiring "
                + "\(expiration.iso) at \(N.points(premium)) VIX points per spread"
        case let .skipped(premium, budget):
            return budget > 0
                ? "buys no hedge, as the call spread is worth \(N.points(premium)) VIX points"
                : "buys no hedge, as the hedge budget is \(N.usd(max(budget, 0)))"
        case let .sold(price, premium):
            return "its hedge is sold at \(N.points(price)) VIX points per spread against \(N.points(premium)) VIX points paid"
        }
    }
}

extension String {
    /// The string with its first character upper-cased ("5 days" stays, "day" → "Day").
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
