extension OutcomeColumn {
    /// Every column of `day_outcome`, in table order: the layout of both exports.
    public static let all: [OutcomeColumn] = market + position + legs + money + signals

    private typealias P = ArchivePrecision

    private static let market: [OutcomeColumn] = [
        OutcomeColumn(.date, .date, "Trading session (NYSE), the close the row describes.") { .date($0.date) },
        OutcomeColumn(.profile, .text, "Rule profile: `steward`, `promoter` or `static`.") {
            .text($0.profile.rawValue)
        },
        OutcomeColumn(.warmup, .boolean, "True during the indicator warm-up, before trading may start.") {
            .boolean($0.warmup)
        },
        OutcomeColumn(.spot, .decimal(places: P.level), "SPX close, index points.") { .number($0.spot) },
        OutcomeColumn(.vix, .decimal(places: P.level), "VIX close.") { .number($0.vix) },
        OutcomeColumn(.layer, .integer, "ALVH hedge layer at the close: 0, 1 or 2.") { .integer($0.layer) },
        OutcomeColumn(.rules, .text, "Ids of the rules that fired, in the order applied, separated by spaces.") {
            .text($0.rules)
        },
    ]

    private static let position: [OutcomeColumn] = [
        OutcomeColumn(.openDate, .date, nullable: true, "Session the open condor was opened; empty when flat.") {
            .date($0.openDate)
        },
        OutcomeColumn(.expiration, .date, nullable: true, "Expiration of the open condor's four legs.") {
            .date($0.expiration)
        },
        OutcomeColumn(.dte, .integer, nullable: true, "Calendar days to expiration.") { .integer($0.dte) },
        OutcomeColumn(.contracts, .decimal(places: P.contracts), nullable: true, "Number of condors (fractional).") {
            .number($0.contracts)
        },
        OutcomeColumn(.positionLayer, .integer, nullable: true, "ALVH layer the condor was built under.") {
            .integer($0.positionLayer)
        },
        OutcomeColumn(.longPut, .decimal(places: P.level), nullable: true, "Long put strike, index points.") {
            .number($0.longPut)
        },
        OutcomeColumn(.shortPut, .decimal(places: P.level), nullable: true, "Short put strike, index points.") {
            .number($0.shortPut)
        },
        OutcomeColumn(.shortCall, .decimal(places: P.level), nullable: true, "Short call strike, index points.") {
            .number($0.shortCall)
        },
        OutcomeColumn(.longCall, .decimal(places: P.level), nullable: true, "Long call strike, index points.") {
            .number($0.longCall)
        },
        OutcomeColumn(.credit, .decimal(places: P.price), nullable: true, "Credit received per condor, index points.") {
            .number($0.credit)
        },
        OutcomeColumn(.wingWidth, .decimal(places: P.level), nullable: true, "Wing width, index points.") {
            .number($0.wingWidth)
        },
        OutcomeColumn(.maxLoss, .decimal(places: P.money), nullable: true, "Maximum loss of the position, USD.") {
            .number($0.maxLoss)
        },
        OutcomeColumn(
            .breakevenLow, .decimal(places: P.price), nullable: true,
            "Lower break-even at expiration: short put − credit."
        ) { .number($0.breakevenLow) },
        OutcomeColumn(
            .breakevenHigh, .decimal(places: P.price), nullable: true,
            "Upper break-even at expiration: short call + credit."
        ) { .number($0.breakevenHigh) },
        OutcomeColumn(.netDelta, .decimal(places: P.greeks), nullable: true, "Net delta, USD per SPX point.") {
            .number($0.netDelta)
        },
        OutcomeColumn(
            .netGamma, .decimal(places: P.gamma), nullable: true, "Net gamma, change of net delta per SPX point."
        ) {
            .number($0.netGamma)
        },
        OutcomeColumn(.netVega, .decimal(places: P.greeks), nullable: true, "Net vega, USD per volatility point.") {
            .number($0.netVega)
        },
        OutcomeColumn(.netTheta, .decimal(places: P.greeks), nullable: true, "Net theta, USD per calendar day.") {
            .number($0.netTheta)
        },
        OutcomeColumn(
            .invariant, .decimal(places: P.invariant), nullable: true,
            "Invariant K = credit × VIX × d, d the distance to the nearest break-even as a fraction of the spot."
        ) { .number($0.invariant) },
        OutcomeColumn(
            .initialInvariant, .decimal(places: P.invariant), nullable: true,
            "K₀, the invariant when the condor opened."
        ) { .number($0.initialInvariant) },
        OutcomeColumn(
            .erosion, .decimal(places: P.ratio), nullable: true, "Erosion 1 − K/K₀ (positive: cushion shrinking)."
        ) {
            .number($0.erosion)
        },
        OutcomeColumn(.band, .decimal(places: P.ratio), nullable: true, "Tolerance band the erosion is held against.") {
            .number($0.band)
        },
        OutcomeColumn(
            .value, .decimal(places: P.price), nullable: true, "Cost to close one condor today, index points."
        ) {
            .number($0.value)
        },
        OutcomeColumn(
            .unrealisedPnl, .decimal(places: P.money), nullable: true, "Unrealised P&L before closing costs, USD."
        ) { .number($0.unrealisedPnl) },
        OutcomeColumn(
            .distancePercent, .decimal(places: P.ratio), nullable: true,
            "Signed distance from the spot to the nearest break-even, percent of the spot."
        ) { .number($0.distancePercent) },
        OutcomeColumn(
            .distanceSigmas, .decimal(places: P.ratio), nullable: true,
            "The same distance in standard deviations to expiration."
        ) { .number($0.distanceSigmas) },
        OutcomeColumn(.positionCosts, .decimal(places: P.money), nullable: true, "Costs paid to open the condor, USD.")
        {
            .number($0.positionCosts)
        },
    ]

    private static let legs: [OutcomeColumn] = [
        legColumns(.longPutIV, .longPutPrice, .longPutDelta, "long put") {
            ($0.longPutIV, $0.longPutPrice, $0.longPutDelta)
        },
        legColumns(.shortPutIV, .shortPutPrice, .shortPutDelta, "short put") {
            ($0.shortPutIV, $0.shortPutPrice, $0.shortPutDelta)
        },
        legColumns(.shortCallIV, .shortCallPrice, .shortCallDelta, "short call") {
            ($0.shortCallIV, $0.shortCallPrice, $0.shortCallDelta)
        },
        legColumns(.longCallIV, .longCallPrice, .longCallDelta, "long call") {
            ($0.longCallIV, $0.longCallPrice, $0.longCallDelta)
        },
    ].flatMap { $0 }

    private static let money: [OutcomeColumn] = [
        OutcomeColumn(.cash, .decimal(places: P.money), "Cash: starting capital plus everything realised so far, USD.")
        {
            .number($0.cash)
        },
        OutcomeColumn(.equity, .decimal(places: P.money), "Equity: cash + unrealised condor P&L + hedge value, USD.") {
            .number($0.equity)
        },
        OutcomeColumn(.hedgeValue, .decimal(places: P.money), "Model value of the VIX hedges held, USD.") {
            .number($0.hedgeValue)
        },
        OutcomeColumn(.totalCosts, .decimal(places: P.money), "Commissions and slippage paid since the start, USD.") {
            .number($0.totalCosts)
        },
        OutcomeColumn(.hedgeCount, .integer, "VIX call spreads held at the close.") { .integer($0.hedgeCount) },
    ]

    private static let signals: [OutcomeColumn] = [
        OutcomeColumn(
            .macd, .decimal(places: P.ratio), nullable: true, "VIX MACD(12, 26, 9) line; empty until warmed up."
        ) {
            .number($0.macd)
        },
        OutcomeColumn(.macdSignal, .decimal(places: P.ratio), nullable: true, "VIX MACD signal line.") {
            .number($0.macdSignal)
        },
        OutcomeColumn(.rsi, .decimal(places: P.ratio), nullable: true, "Wilder RSI(14) of the VIX.") {
            .number($0.rsi)
        },
        OutcomeColumn(
            .adLine, .decimal(places: P.level), nullable: true,
            "Cumulative NYSE advance–decline line; empty without breadth data."
        ) { .number($0.adLine) },
        OutcomeColumn(
            .realisedVol, .decimal(places: P.ratio), nullable: true, "Annualised realised SPX volatility (0.15 = 15 %)."
        ) { .number($0.realisedVol) },
        OutcomeColumn(
            .breadthDivergent, .boolean, nullable: true, "SPX and A/D line diverged while the VIX rose."
        ) { .boolean($0.breadthDivergent) },
        OutcomeColumn(
            .upcomingEvents, .json, "Events in the next sessions: objects with `date`, `kind` and `name`."
        ) { .text($0.upcomingEvents) },
        OutcomeColumn(
            .explanations, .json, "One sentence per rule fired, in the order of `rules`."
        ) { .text($0.explanations) },
    ]

    private static func legColumns(
        _ iv: DayOutcomeRow.CodingKeys, _ price: DayOutcomeRow.CodingKeys, _ delta: DayOutcomeRow.CodingKeys,
        _ leg: String, _ numbers: @escaping @Sendable (DayOutcomeRow) -> (Double?, Double?, Double?)
    ) -> [OutcomeColumn] {
        [
            OutcomeColumn(
                iv, .decimal(places: P.ratio), nullable: true, "Model implied volatility of the \(leg) (decimal)."
            ) {
                .number(numbers($0).0)
            },
            OutcomeColumn(price, .decimal(places: P.price), nullable: true, "Model price of the \(leg), index points.")
            {
                .number(numbers($0).1)
            },
            OutcomeColumn(
                delta, .decimal(places: P.ratio), nullable: true, "Model delta of one long option at the \(leg) strike."
            ) { .number(numbers($0).2) },
        ]
    }
}
