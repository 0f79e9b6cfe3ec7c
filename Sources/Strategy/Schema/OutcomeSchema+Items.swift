extension OutcomeSchema {
    /// `date`, `profile` and `sequence`: the key of an item of a day.
    private static func key<Item>(dateSummary: String, sequenceSummary: String) -> [OutcomeField<SessionItem<Item>>] {
        [
            OutcomeField("date", .date, dateSummary) { .date($0.date) },
            OutcomeField("profile", .text, "Rule profile: `steward`, `promoter` or `static`.") {
                .text($0.profile.rawValue)
            },
            OutcomeField("sequence", .count, sequenceSummary) { .integer($0.sequence) },
        ]
    }

    /// Every field of `rule_firing`, in column order.
    static func firingFields(
        explain: @escaping @Sendable (RuleFiring) -> String
    ) -> [OutcomeField<SessionItem<RuleFiring>>] {
        key(dateSummary: "Session the rule fired.", sequenceSummary: "Position in the day's order of work, from 0.")
            + [
                OutcomeField("rule_id", .text, "The rule's stable id.") { .text($0.item.id.rawValue) },
                OutcomeField("explanation", .text, "One sentence with the actual numbers.") {
                    .text(explain($0.item))
                },
                OutcomeField(
                    "inputs", .json, "The numbers the rule looked at: objects with `name` and `value`, in the "
                        + "order the explanation mentions them."
                ) { .inputs($0.item.inputs) },
            ]
    }

    /// Every field of `hedge`, in column order.
    static let hedgeFields: [OutcomeField<SessionItem<HedgeRecord>>] =
        key(dateSummary: "Session the hedge stood at.", sequenceSummary: "Position in the day's hedges, from 0.") + [
            OutcomeField("layer", .count, "The ALVH layer that bought it, 1 or 2.") { .integer($0.item.layer) },
            OutcomeField("status", .text, "`opened`, `open`, `closed` or `settled`.") {
                .text($0.item.status.rawValue)
            },
            OutcomeField("open_date", .date, "Session it was bought.") { .date($0.item.openDate) },
            OutcomeField("expiration", .date, "Its expiration.") { .date($0.item.expiration) },
            OutcomeField("long_strike", .points, "Long call strike, VIX points.") { .number($0.item.longStrike) },
            OutcomeField("short_strike", .points, "Short call strike, VIX points.") { .number($0.item.shortStrike) },
            OutcomeField("contracts", .contracts, "Number of spreads (fractional).") { .number($0.item.contracts) },
            OutcomeField("premium", .premium, "Price paid per spread, VIX points.") { .number($0.item.premium) },
            OutcomeField("forward", .premium, "VIX forward used today.") { .number($0.item.forward) },
            OutcomeField("price", .premium, "Today's model value per spread, VIX points.") { .number($0.item.price) },
            OutcomeField("value", .usd, "Value of the position, USD.") { .number($0.item.value) },
            OutcomeField("costs", .usd, "Costs paid so far on this hedge, USD.") { .number($0.item.costs) },
        ]

    /// Every field of `trade`, in column order; its session is the closing date.
    static let tradeFields: [OutcomeField<SessionItem<TradeRecord>>] = [
        OutcomeField("profile", .text, "Rule profile: `steward`, `promoter` or `static`.") {
            .text($0.profile.rawValue)
        },
        OutcomeField("close_date", .date, "Session it was closed or settled.") { .date($0.date) },
        OutcomeField("sequence", .count, "Position among the trades closed that session, from 0.") {
            .integer($0.sequence)
        },
        OutcomeField("open_date", .date, "Session it was opened.") { .date($0.item.openDate) },
        OutcomeField("expiration", .date, "Its expiration.") { .date($0.item.expiration) },
        OutcomeField("reason", .text, "The rule that closed it.") { .text($0.item.reason.rawValue) },
        OutcomeField("layer", .count, "ALVH layer it was built under.") { .integer($0.item.layer) },
        OutcomeField("contracts", .contracts, "Number of condors.") { .number($0.item.contracts) },
        OutcomeField("long_put", .points, "Long put strike.") { .number($0.item.longPut) },
        OutcomeField("short_put", .points, "Short put strike.") { .number($0.item.shortPut) },
        OutcomeField("short_call", .points, "Short call strike.") { .number($0.item.shortCall) },
        OutcomeField("long_call", .points, "Long call strike.") { .number($0.item.longCall) },
        OutcomeField("credit", .premium, "Credit per condor, index points.") { .number($0.item.credit) },
        OutcomeField("closing_cost", .premium, "Price paid per condor to close, index points.") {
            .number($0.item.closingCost)
        },
        OutcomeField("margin", .usd, "Maximum loss at the open, USD.") { .number($0.item.margin) },
        OutcomeField("pnl", .usd, "Net P&L after costs, USD.") { .number($0.item.pnl) },
        OutcomeField("costs", .usd, "Commissions and slippage, USD.") { .number($0.item.costs) },
        OutcomeField("days_held", .count, "Calendar days held.") { .integer($0.item.daysHeld) },
    ]
}
