extension OutcomeColumn {
    /// Every column of `day_outcome`, in table order: the layout of both exports.
    public static let all: [OutcomeColumn] = market + position + legs + money + signals

    private typealias P = ArchivePrecision

    private static let market: [OutcomeColumn] = [
        OutcomeColumn(.date, .date, "Trading session (NYSE), the close the row describes."),
        OutcomeColumn(.profile, .text, "Rule profile: `steward`, `promoter` or `static`."),
        OutcomeColumn(.warmup, .boolean, "True during the indicator warm-up, before trading may start."),
        OutcomeColumn(.spot, .decimal(places: P.level), "SPX close, index points."),
        OutcomeColumn(.vix, .decimal(places: P.level), "VIX close."),
        OutcomeColumn(.layer, .integer, "ALVH hedge layer at the close: 0, 1 or 2."),
        OutcomeColumn(.rules, .text, "Ids of the rules that fired, in the order applied, separated by spaces."),
    ]

    private static let position: [OutcomeColumn] = [
        OutcomeColumn(.openDate, .date, nullable: true, "Session the open condor was opened; empty when flat."),
        OutcomeColumn(.expiration, .date, nullable: true, "Expiration of the open condor's four legs."),
        OutcomeColumn(.dte, .integer, nullable: true, "Calendar days to expiration."),
        OutcomeColumn(.contracts, .decimal(places: P.contracts), nullable: true, "Number of condors (fractional)."),
        OutcomeColumn(.positionLayer, .integer, nullable: true, "ALVH layer the condor was built under."),
        OutcomeColumn(.longPut, .decimal(places: P.level), nullable: true, "Long put strike, index points."),
        OutcomeColumn(.shortPut, .decimal(places: P.level), nullable: true, "Short put strike, index points."),
        OutcomeColumn(.shortCall, .decimal(places: P.level), nullable: true, "Short call strike, index points."),
        OutcomeColumn(.longCall, .decimal(places: P.level), nullable: true, "Long call strike, index points."),
        OutcomeColumn(.credit, .decimal(places: P.price), nullable: true, "Credit received per condor, index points."),
        OutcomeColumn(.wingWidth, .decimal(places: P.level), nullable: true, "Wing width, index points."),
        OutcomeColumn(.maxLoss, .decimal(places: P.money), nullable: true, "Maximum loss of the position, USD."),
        OutcomeColumn(
            .breakevenLow, .decimal(places: P.price), nullable: true,
            "Lower break-even at expiration: short put − credit."
        ),
        OutcomeColumn(
            .breakevenHigh, .decimal(places: P.price), nullable: true,
            "Upper break-even at expiration: short call + credit."
        ),
        OutcomeColumn(.netDelta, .decimal(places: P.greeks), nullable: true, "Net delta, USD per SPX point."),
        OutcomeColumn(
            .netGamma, .decimal(places: P.gamma), nullable: true, "Net gamma, change of net delta per SPX point."
        ),
        OutcomeColumn(.netVega, .decimal(places: P.greeks), nullable: true, "Net vega, USD per volatility point."),
        OutcomeColumn(.netTheta, .decimal(places: P.greeks), nullable: true, "Net theta, USD per calendar day."),
        OutcomeColumn(
            .invariant, .decimal(places: P.invariant), nullable: true,
            "Invariant K = credit × VIX × d, d the distance to the nearest break-even as a fraction of the spot."
        ),
        OutcomeColumn(
            .initialInvariant, .decimal(places: P.invariant), nullable: true,
            "K₀, the invariant when the condor opened."
        ),
        OutcomeColumn(
            .erosion, .decimal(places: P.ratio), nullable: true, "Erosion 1 − K/K₀ (positive: cushion shrinking)."
        ),
        OutcomeColumn(.band, .decimal(places: P.ratio), nullable: true, "Tolerance band the erosion is held against."),
        OutcomeColumn(
            .value, .decimal(places: P.price), nullable: true, "Cost to close one condor today, index points."
        ),
        OutcomeColumn(
            .unrealisedPnl, .decimal(places: P.money), nullable: true, "Unrealised P&L before closing costs, USD."
        ),
        OutcomeColumn(
            .distancePercent, .decimal(places: P.ratio), nullable: true,
            "Signed distance from the spot to the nearest break-even, percent of the spot."
        ),
        OutcomeColumn(
            .distanceSigmas, .decimal(places: P.ratio), nullable: true,
            "The same distance in standard deviations to expiration."
        ),
        OutcomeColumn(.positionCosts, .decimal(places: P.money), nullable: true, "Costs paid to open the condor, USD."),
    ]

    private static let legs: [OutcomeColumn] = [
        legColumns(.longPutIV, .longPutPrice, .longPutDelta, "long put"),
        legColumns(.shortPutIV, .shortPutPrice, .shortPutDelta, "short put"),
        legColumns(.shortCallIV, .shortCallPrice, .shortCallDelta, "short call"),
        legColumns(.longCallIV, .longCallPrice, .longCallDelta, "long call"),
    ].flatMap { $0 }

    private static let money: [OutcomeColumn] = [
        OutcomeColumn(.cash, .decimal(places: P.money), "Cash: starting capital plus everything realised so far, USD."),
        OutcomeColumn(.equity, .decimal(places: P.money), "Equity: cash + unrealised condor P&L + hedge value, USD."),
        OutcomeColumn(.hedgeValue, .decimal(places: P.money), "Model value of the VIX hedges held, USD."),
        OutcomeColumn(.totalCosts, .decimal(places: P.money), "Commissions and slippage paid since the start, USD."),
        OutcomeColumn(.hedgeCount, .integer, "VIX call spreads held at the close."),
    ]

    private static let signals: [OutcomeColumn] = [
        OutcomeColumn(
            .macd, .decimal(places: P.ratio), nullable: true, "VIX MACD(12, 26, 9) line; empty until warmed up."
        ),
        OutcomeColumn(.macdSignal, .decimal(places: P.ratio), nullable: true, "VIX MACD signal line."),
        OutcomeColumn(.rsi, .decimal(places: P.ratio), nullable: true, "Wilder RSI(14) of the VIX."),
        OutcomeColumn(
            .adLine, .decimal(places: P.level), nullable: true,
            "Cumulative NYSE advance–decline line; empty without breadth data."
        ),
        OutcomeColumn(
            .realisedVol, .decimal(places: P.ratio), nullable: true, "Annualised realised SPX volatility (0.15 = 15 %)."
        ),
        OutcomeColumn(
            .breadthDivergent, .boolean, nullable: true, "SPX and A/D line diverged while the VIX rose."
        ),
        OutcomeColumn(
            .upcomingEvents, .json,
            "Events in the next sessions: objects with `date`, `kind` and `name`; `null` when no event calendar "
                + "covers those sessions (no `events.csv`, or it starts or ends inside them)."
        ),
        OutcomeColumn(
            .explanations, .json, "One sentence per rule fired, in the order of `rules`."
        ),
    ]

    private static func legColumns(
        _ iv: DayOutcomeRow.CodingKeys, _ price: DayOutcomeRow.CodingKeys, _ delta: DayOutcomeRow.CodingKeys,
        _ leg: String
    ) -> [OutcomeColumn] {
        [
            OutcomeColumn(
                iv, .decimal(places: P.ratio), nullable: true, "Model implied volatility of the \(leg) (decimal)."),
            OutcomeColumn(price, .decimal(places: P.price), nullable: true, "Model price of the \(leg), index points."),
            OutcomeColumn(
                delta, .decimal(places: P.ratio), nullable: true, "Model delta of one long option at the \(leg) strike."
            ),
        ]
    }
}
