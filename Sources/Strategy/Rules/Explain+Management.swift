import MarketData

extension Explain {
    /// `expiry`: settled at intrinsic value on (or after) the expiration date.
    static func expiry(expiration: CalendarDate, spot: Double, settlement: Double, credit: Double, pnl: Double)
        -> RuleFiring
    {
        RuleFiring(
            .expiry(expiration: expiration, spot: spot, settlement: settlement, credit: credit, pnl: pnl),
            explanation: "The \(expiration.iso) condor settled at its intrinsic value of \(points(settlement)) with "
                + "the SPX at \(points(spot)) against the \(points(credit)) credit, a net result of \(usd(pnl)) "
                + "after costs.")
    }

    /// `stop-loss`: the cost to close reached credit × (1 + stopMultiple).
    static func stopLoss(costToClose: Double, credit: Double, stopMultiple: Double) -> RuleFiring {
        let level = credit * (1 + stopMultiple)
        return RuleFiring(
            .stopLoss(costToClose: costToClose, credit: credit, stopMultiple: stopMultiple),
            explanation: "Cost to close \(points(costToClose)) reached the stop at \(parameter(1 + stopMultiple)) × "
                + "the \(points(credit)) credit (\(points(level))).")
    }

    /// `profit-target`: the cost to close fell to credit × (1 − profitTarget).
    static func profitTarget(costToClose: Double, credit: Double, profitTarget: Double) -> RuleFiring {
        let level = credit * (1 - profitTarget)
        return RuleFiring(
            .profitTarget(costToClose: costToClose, credit: credit, profitTarget: profitTarget),
            explanation: "Cost to close \(points(costToClose)) fell to the target of \(points(level)), keeping at "
                + "least \(percent(profitTarget)) of the \(points(credit)) credit.")
    }

    /// `time-exit`: days to expiration fell to exitDTE.
    static func timeExit(dte: Int, exitDTE: Int, costToClose: Double, credit: Double) -> RuleFiring {
        RuleFiring(
            .timeExit(dte: dte, exitDTE: exitDTE, costToClose: costToClose, credit: credit),
            explanation: "\(Explain.days(dte).capitalisedFirst) to expiration is within the \(exitDTE)-day exit, so "
                + "the condor closes at \(points(costToClose)) against the \(points(credit)) credit.")
    }

    /// `breakeven-breach`: the spot went beyond a break-even; the condor is recentered.
    static func breakevenBreach(spot: Double, breakevens: (low: Double, high: Double), costToClose: Double)
        -> RuleFiring
    {
        let below = spot < breakevens.low
        let side = below ? "below the lower" : "above the upper"
        let level = below ? breakevens.low : breakevens.high
        return RuleFiring(
            .breakevenBreach(
                spot: spot, lowBreakeven: breakevens.low, highBreakeven: breakevens.high, costToClose: costToClose),
            explanation: "The SPX at \(points(spot)) is \(side) break-even of \(points(level)), so the condor "
                + "closes at \(points(costToClose)) and is recentered.")
    }

    /// `invariant-band`: the invariant eroded beyond the band with MACD confirmation; recentered.
    static func invariantBand(
        initial: Double, current: Double, erosion: Double, band: Double, costToClose: Double
    ) -> RuleFiring {
        RuleFiring(
            .invariantBand(
                initial: initial, current: current, erosion: erosion, band: band, costToClose: costToClose),
            explanation: "The invariant fell from \(NumberText.fixed(initial, places: 4)) to "
                + "\(NumberText.fixed(current, places: 4)), an erosion of \(percent(erosion)) beyond the "
                + "\(percent(band)) band, so the condor closes at \(points(costToClose)) and is recentered.")
    }

    /// `macd-confirmation`: the VIX MACD crossed above its signal within the confirmation window.
    static func macdConfirmation(macd: Double, signal: Double, sessions: Int) -> RuleFiring {
        RuleFiring(
            .macdConfirmation(macd: macd, signal: signal, sessions: sessions),
            explanation: "The VIX MACD line (\(NumberText.fixed(macd, places: 3))) crossed above its signal line "
                + "(\(NumberText.fixed(signal, places: 3))) within the last \(sessions) sessions, confirming the "
                + "recenter.")
    }
}

extension String {
    /// The string with its first character upper-cased ("5 days" stays, "day" → "Day").
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
