extension OutcomeSchema {
    /// Implied volatility, price and delta of each leg, long put to long call.
    static let legs: [DayField] = [
        (LegKind.put, LegSide.long, "long_put", "long put"), (.put, .short, "short_put", "short put"),
        (.call, .short, "short_call", "short call"), (.call, .long, "long_call", "long call"),
    ].flatMap { kind, side, column, leg in
        [
            legField(column + "_iv", .fraction, "Model implied volatility of the \(leg) (decimal).", kind, side) {
                $0.iv
            },
            legField(column + "_price", .premium, "Model price of the \(leg), index points.", kind, side) { $0.price },
            legField(column + "_delta", .fraction, "Model delta of one long option at the \(leg) strike.", kind, side) {
                $0.delta
            },
        ]
    }

    private static func legField(
        _ name: String, _ unit: FieldUnit, _ summary: String, _ kind: LegKind, _ side: LegSide,
        _ number: @escaping @Sendable (LegRecord) -> Double
    ) -> DayField {
        DayField(name, unit, nullable: true, summary) { .number($0.position?.leg(kind, side).map(number)) }
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
