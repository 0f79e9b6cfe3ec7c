import MarketData
import Strategy

extension DayOutcomeRow {
    /// Flattens one day's record into a row, rounding every number to ``ArchivePrecision``.
    ///
    /// - Parameter day: The engine's record for one profile and one session.
    public init(_ day: DayRecord) {
        typealias P = ArchivePrecision
        date = day.date
        profile = day.profile
        warmup = day.warmup
        spot = P.round(day.spot, P.level)
        vix = P.round(day.vix, P.level)
        layer = day.layer
        rules = Self.rulesText(day.firings)

        let position = day.position
        openDate = position?.openDate
        expiration = position?.expiration
        dte = position?.dte
        contracts = P.round(position?.contracts, P.contracts)
        positionLayer = position?.layer
        let legs = LegColumns(position)
        longPut = legs.longPut.strike
        shortPut = legs.shortPut.strike
        shortCall = legs.shortCall.strike
        longCall = legs.longCall.strike
        credit = P.round(position?.credit, P.price)
        wingWidth = P.round(position?.wingWidth, P.level)
        maxLoss = P.round(position?.maxLoss, P.money)
        breakevenLow = P.round(position?.breakevens.first, P.price)
        breakevenHigh = P.round(position?.breakevens.last, P.price)
        netDelta = P.round(position?.greeks.delta, P.greeks)
        netGamma = P.round(position?.greeks.gamma, P.gamma)
        netVega = P.round(position?.greeks.vega, P.greeks)
        netTheta = P.round(position?.greeks.theta, P.greeks)
        invariant = P.round(position?.invariant, P.invariant)
        initialInvariant = P.round(position?.initialInvariant, P.invariant)
        erosion = P.round(position?.erosion, P.ratio)
        band = P.round(position?.band, P.ratio)
        value = P.round(position?.value, P.price)
        unrealisedPnl = P.round(position?.unrealisedPnl, P.money)
        distancePercent = P.round(position?.distancePercent, P.ratio)
        distanceSigmas = P.round(position?.distanceSigmas, P.ratio)
        positionCosts = P.round(position?.costs, P.money)

        longPutIV = legs.longPut.iv
        longPutPrice = legs.longPut.price
        longPutDelta = legs.longPut.delta
        shortPutIV = legs.shortPut.iv
        shortPutPrice = legs.shortPut.price
        shortPutDelta = legs.shortPut.delta
        shortCallIV = legs.shortCall.iv
        shortCallPrice = legs.shortCall.price
        shortCallDelta = legs.shortCall.delta
        longCallIV = legs.longCall.iv
        longCallPrice = legs.longCall.price
        longCallDelta = legs.longCall.delta

        cash = P.round(day.cash, P.money)
        equity = P.round(day.equity, P.money)
        hedgeValue = P.round(day.hedgeValue, P.money)
        totalCosts = P.round(day.totalCosts, P.money)
        hedgeCount = day.hedges.reduce(0) { count, hedge in hedge.isHeld ? count + 1 : count }

        let signals = day.signals
        macd = P.round(signals.macd, P.ratio)
        macdSignal = P.round(signals.macdSignal, P.ratio)
        rsi = P.round(signals.rsi, P.ratio)
        adLine = P.round(signals.adLine, P.level)
        realisedVol = P.round(signals.realisedVol, P.ratio)
        breadthDivergent = signals.breadthDivergent
        upcomingEvents = signals.eventCalendar.isComplete ? Self.eventsJSON(signals.upcomingEvents) : "null"
        explanations = Self.explanationsJSON(day.firings)
    }

    /// The `rules` column: the ids of the firings separated by single spaces.
    static func rulesText(_ firings: [RuleFiring]) -> String {
        guard firings.count > 1 else { return firings.first?.id.rawValue ?? "" }
        var text = TextBuffer(capacity: firings.count * 16)
        for (index, firing) in firings.enumerated() {
            if index > 0 { text.append(UInt8(ascii: " ")) }
            text.append(firing.id.rawValue)
        }
        return text.text
    }

    /// The `upcoming_events` column: `[{"date":…,"kind":…,"name":…}]` in the given order, `[]` for none.
    ///
    /// A day whose event calendar does not cover the window gets JSON `null` instead (unknown, not
    /// "nothing due").
    static func eventsJSON(_ events: [MarketEvent]) -> String {
        guard !events.isEmpty else { return "[]" }
        var json = TextBuffer(capacity: events.count * 64)
        json.append(UInt8(ascii: "["))
        for (index, event) in events.enumerated() {
            // Keys as `JSONText.object` writes them; an ISO date needs no escaping, so it goes in as is.
            json.append(index == 0 ? #"{"date":""# : #",{"date":""#)
            json.append(iso: event.date)
            json.append(#"","kind":"#)
            json.append(jsonString: event.kind.rawValue)
            json.append(#","name":"#)
            json.append(jsonString: event.name)
            json.append(UInt8(ascii: "}"))
        }
        json.append(UInt8(ascii: "]"))
        return json.text
    }

    /// The `explanations` column: a JSON array of the firings' sentences, `[]` for none.
    static func explanationsJSON(_ firings: [RuleFiring]) -> String {
        guard !firings.isEmpty else { return "[]" }
        var json = TextBuffer(capacity: firings.reduce(2) { $0 + $1.explanation.utf8.count + 3 })
        json.append(UInt8(ascii: "["))
        for (index, firing) in firings.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(jsonString: firing.explanation)
        }
        json.append(UInt8(ascii: "]"))
        return json.text
    }
}

/// Strike, implied volatility, price and delta of one leg, rounded, or all nil without that leg.
private struct LegNumbers {
    var strike: Double?
    var iv: Double?
    var price: Double?
    var delta: Double?

    init(_ leg: LegRecord?) {
        typealias P = ArchivePrecision
        strike = P.round(leg?.strike, P.level)
        iv = P.round(leg?.iv, P.ratio)
        price = P.round(leg?.price, P.price)
        delta = P.round(leg?.delta, P.ratio)
    }
}

/// The four legs of a condor, found by kind and side.
private struct LegColumns {
    var longPut: LegNumbers
    var shortPut: LegNumbers
    var shortCall: LegNumbers
    var longCall: LegNumbers

    init(_ position: PositionRecord?) {
        longPut = LegNumbers(position?.leg(.put, .long))
        shortPut = LegNumbers(position?.leg(.put, .short))
        shortCall = LegNumbers(position?.leg(.call, .short))
        longCall = LegNumbers(position?.leg(.call, .long))
    }
}
