extension OutcomeSchema {
    typealias DayField = OutcomeField<DayRecord>

    /// Every field of `day_outcome`, in column order.
    static func dayFields(explain: @escaping @Sendable (RuleFiring) -> String) -> [DayField] {
        market + position + legs + money + signals(explain: explain)
    }

    private static let market: [DayField] = [
        DayField("date", .date, "Trading session (NYSE), the close the row describes.") { .date($0.date) },
        DayField("profile", .text, "Rule profile: `steward`, `promoter` or `static`.") { .text($0.profile.rawValue) },
        DayField("warmup", .flag, "True during the indicator warm-up, before trading may start.") {
            .boolean($0.warmup)
        },
        DayField("spot", .points, "SPX close, index points.") { .number($0.spot) },
        DayField("vix", .points, "VIX close.") { .number($0.vix) },
        DayField("layer", .count, "ALVH hedge layer at the close: 0, 1 or 2.") { .integer($0.layer) },
        DayField("rules", .text, "Ids of the rules that fired, in the order applied, separated by spaces.") {
            .text($0.firings.map(\.id.rawValue).joined(separator: " "))
        },
    ]

    /// A field of the open condor, empty when flat.
    private static func held(
        _ name: String, _ unit: FieldUnit, _ summary: String,
        _ value: @escaping @Sendable (PositionRecord) -> FieldValue
    ) -> DayField {
        DayField(name, unit, nullable: true, summary) { day in day.position.map(value) ?? .null }
    }

    private static let position: [DayField] = [
        held("open_date", .date, "Session the open condor was opened; empty when flat.") { .date($0.openDate) },
        held("expiration", .date, "Expiration of the open condor's four legs.") { .date($0.expiration) },
        held("dte", .count, "Calendar days to expiration.") { .integer($0.dte) },
        held("contracts", .contracts, "Number of condors (fractional).") { .number($0.contracts) },
        held("position_layer", .count, "ALVH layer the condor was built under.") { .integer($0.layer) },
        held("long_put", .points, "Long put strike, index points.") { .number($0.leg(.put, .long)?.strike) },
        held("short_put", .points, "Short put strike, index points.") { .number($0.leg(.put, .short)?.strike) },
        held("short_call", .points, "Short call strike, index points.") { .number($0.leg(.call, .short)?.strike) },
        held("long_call", .points, "Long call strike, index points.") { .number($0.leg(.call, .long)?.strike) },
        held("credit", .premium, "Credit received per condor, index points.") { .number($0.credit) },
        held("wing_width", .points, "Wing width, index points.") { .number($0.wingWidth) },
        held("max_loss", .usd, "Maximum loss of the position, USD.") { .number($0.maxLoss) },
        held("breakeven_low", .premium, "Lower break-even at expiration: short put − credit.") {
            .number($0.breakevens.first)
        },
        held("breakeven_high", .premium, "Upper break-even at expiration: short call + credit.") {
            .number($0.breakevens.last)
        },
        held("net_delta", .greek, "Net delta, USD per SPX point.") { .number($0.greeks.delta) },
        held("net_gamma", .gamma, "Net gamma, change of net delta per SPX point.") { .number($0.greeks.gamma) },
        held("net_vega", .greek, "Net vega, USD per volatility point.") { .number($0.greeks.vega) },
        held("net_theta", .greek, "Net theta, USD per calendar day.") { .number($0.greeks.theta) },
        held(
            "invariant", .invariant,
            "Invariant K = credit × VIX × d, d the distance to the nearest break-even as a fraction of the spot."
        ) { .number($0.invariant) },
        held("initial_invariant", .invariant, "K₀, the invariant when the condor opened.") {
            .number($0.initialInvariant)
        },
        held("erosion", .fraction, "Erosion 1 − K/K₀ (positive: cushion shrinking).") { .number($0.erosion) },
        held("band", .fraction, "Tolerance band the erosion is held against.") { .number($0.band) },
        held("value", .premium, "Cost to close one condor today, index points.") { .number($0.value) },
        held("unrealised_pnl", .usd, "Unrealised P&L before closing costs, USD.") { .number($0.unrealisedPnl) },
        held("distance_percent", .percent, "Signed distance from the spot to the nearest break-even, percent of the spot.") {
            .number($0.distancePercent)
        },
        held("distance_sigmas", .sigma, "The same distance in standard deviations to expiration.") {
            .number($0.distanceSigmas)
        },
        held("position_costs", .usd, "Costs paid to open the condor, USD.") { .number($0.costs) },
    ]
}
