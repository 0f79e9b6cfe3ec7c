extension OutcomeSchema {
    /// Implied volatility, price and delta of each leg, long put to long call.
    static let legs: [DayField] = legNames.flatMap(legFields) + [quoteFallback]

    /// Each leg's kind, side, column prefix and name in prose, long put to long call.
    private static let legNames: [(LegKind, LegSide, String, String)] = [
        (.put, .long, "long_put", "long put"), (.put, .short, "short_put", "short put"),
        (.call, .short, "short_call", "short call"), (.call, .long, "long_call", "long call"),
    ]

    /// The four fields of one leg.
    private static func legFields(_ kind: LegKind, _ side: LegSide, _ column: String, _ leg: String) -> [DayField] {
        let iv = legField(
            column + "_iv", .fraction, "Implied volatility of the \(leg) (decimal): the quote's or the model's.", kind,
            side
        ) { FieldValue.number($0.iv) }
        let price = legField(
            column + "_price", .premium, "Mid price of the \(leg), index points: quoted or modelled.", kind, side
        ) { FieldValue.number($0.price) }
        let delta = legField(
            column + "_delta", .fraction, "Delta of one long option at the \(leg) strike, from its volatility.", kind,
            side
        ) { FieldValue.number($0.delta) }
        let source = legField(
            column + "_source", .text,
            "Where the \(leg)'s price comes from: `market` (a quote's mid) or `model`.", kind, side
        ) { FieldValue.text($0.source.rawValue) }
        return [iv, price, delta, source]
    }

    /// Why a condor opened on a day with quotes came from the model.
    private static let quoteFallback = DayField(
        "quote_fallback", .text, nullable: true,
        "Why a condor opened on a day with option quotes came from the model: `no-expiration` or `strike-not-quoted`."
    ) { FieldValue.text($0.quoteFallback?.rawValue) }

    private static func legField(
        _ name: String, _ unit: FieldUnit, _ summary: String, _ kind: LegKind, _ side: LegSide,
        _ value: @escaping @Sendable (LegRecord) -> FieldValue
    ) -> DayField {
        DayField(name, unit, nullable: true, summary) { $0.position?.leg(kind, side).map(value) ?? .null }
    }

    static let money: [DayField] = [
        DayField("cash", .usd, "Cash: starting capital plus everything realised so far, USD.") { .number($0.cash) },
        DayField("equity", .usd, "Equity: cash + unrealised condor P&L + hedge value, USD.") { .number($0.equity) },
        DayField("hedge_value", .usd, "Model value of the VIX hedges held, USD.") { .number($0.hedgeValue) },
        DayField("total_costs", .usd, "Commissions and slippage paid since the start, USD.") {
            .number($0.totalCosts)
        },
        DayField("hedge_count", .count, "VIX call spreads held at the close.") { day in
            .integer(day.hedges.reduce(0) { count, hedge in hedge.isHeld ? count + 1 : count })
        },
    ]

    static func signals(explain: @escaping @Sendable (RuleFiring) -> String) -> [DayField] {
        [
            signal("macd", .indicator, "VIX MACD(12, 26, 9) line; empty until warmed up.") { .number($0.macd) },
            signal("macd_signal", .indicator, "VIX MACD signal line.") { .number($0.macdSignal) },
            signal("rsi", .indicator, "Wilder RSI(14) of the VIX.") { .number($0.rsi) },
            signal("ad_line", .points, "Cumulative NYSE advance–decline line; empty without breadth data.") {
                .number($0.adLine)
            },
            signal("realised_vol", .fraction, "Annualised realised SPX volatility (0.15 = 15 %).") {
                .number($0.realisedVol)
            },
            signal("breadth_divergent", .flag, "SPX and A/D line diverged while the VIX rose.") {
                .boolean($0.breadthDivergent)
            },
            DayField(
                "upcoming_events", .json,
                "Events in the next sessions: objects with `date`, `kind` and `name`; `null` when no event calendar "
                    + "covers those sessions (no `events.csv`, or it starts or ends inside them)."
            ) { day in .events(day.signals.eventCalendar.isComplete ? day.signals.upcomingEvents : nil) },
            DayField("explanations", .json, "One sentence per rule fired, in the order of `rules`.") { day in
                .sentences(day.firings.map(explain))
            },
        ]
    }

    /// A signal, empty until its indicator has warmed up.
    private static func signal(
        _ name: String, _ unit: FieldUnit, _ summary: String,
        _ value: @escaping @Sendable (SignalRecord) -> FieldValue
    ) -> DayField {
        DayField(name, unit, nullable: true, summary) { value($0.signals) }
    }
}
