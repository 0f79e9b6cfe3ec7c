import MarketData

extension ProfileSimulation {
    /// Steps 3 and 4: management rules 1–4, then recentering by rule 5 or 6 or the ALVH rebuild.
    ///
    /// Readings: `expiry` fires on the expiration date, or on the first trading day after it when
    /// the data lacks that day, settling at intrinsic value on that day's close with no costs; the
    /// promoter's profit target is `profiles.promoter.profitTarget`; rules 5 and 6 and the rebuild
    /// apply to the steward and the promoter only; the rebuild closes the condor with the highest
    /// layer that activated today as its reason.
    mutating func manage(market: DayMarket, index: Int, activatedLayers: [Int]) -> ManagementOutcome {
        guard let held = condor, held.openDate < market.date else { return .nothingToManage }
        let dte = market.daysTo(held.expiration)
        if dte <= 0 {
            let settlement = held.strikes.intrinsicValue(spot: market.spot)
            let trade = closeCondor(held, costToClose: settlement, market: market, reason: .expiry, settled: true)
            firings.append(
                RuleFiring(.expiry(
                    expiration: held.expiration, spot: market.spot, settlement: settlement, credit: held.credit,
                    pnl: trade.pnl)))
            return .exited
        }
        let costToClose = markToday(strikes: held.strikes, expiration: held.expiration, market: market).costToClose
        let profitTarget = profile == .promoter ? engineParameters.promoter.profitTarget : parameters.profitTarget
        var exit: RuleFiring?
        if costToClose >= held.credit * (1 + parameters.stopMultiple) {
            exit = RuleFiring(.stopLoss(
                costToClose: costToClose, credit: held.credit, stopMultiple: parameters.stopMultiple))
        } else if costToClose <= held.credit * (1 - profitTarget) {
            exit = RuleFiring(.profitTarget(costToClose: costToClose, credit: held.credit, profitTarget: profitTarget))
        } else if dte <= parameters.exitDTE {
            exit = RuleFiring(.timeExit(
                dte: dte, exitDTE: parameters.exitDTE, costToClose: costToClose, credit: held.credit))
        }
        if let exit {
            firings.append(exit)
            closeCondor(held, costToClose: costToClose, market: market, reason: exit.id, settled: false)
            return .exited
        }
        guard profile.recenters else { return .kept }

        let band = evaluateBand(dte: dte, market: market, index: index)
        let breakevens = held.breakevens
        if market.spot < breakevens.low || market.spot > breakevens.high {
            firings.append(RuleFiring(
                    .breakevenBreach(
                        spot: market.spot, lowBreakeven: breakevens.low, highBreakeven: breakevens.high,
                        costToClose: costToClose)))
            closeCondor(held, costToClose: costToClose, market: market, reason: .breakevenBreach, settled: false)
            openCondor(market: market, occasion: .recentering)
            return .reopened
        }
        let distance = Invariant.distance(spot: market.spot, breakevens: breakevens)
        let invariant = Invariant.value(credit: held.credit, vix: market.vix, distance: distance)
        let erosion = Invariant.erosion(current: invariant, initial: held.initialInvariant)
        if erosion > band, signals.macdConfirmed[index], let point = signals.macd[index] {
            firings.append(
                RuleFiring(.invariantBand(
                    initial: held.initialInvariant, current: invariant, erosion: erosion, band: band,
                    costToClose: costToClose)))
            firings.append(
                RuleFiring(.macdConfirmation(
                    macd: point.macd, signal: point.signal, sessions: parameters.confirmSessions)))
            closeCondor(held, costToClose: costToClose, market: market, reason: .invariantBand, settled: false)
            openCondor(market: market, occasion: .recentering)
            return .reopened
        }
        if let layer = activatedLayers.max() {
            closeCondor(
                held, costToClose: costToClose, market: market, reason: layer >= 2 ? .alvhLayer2 : .alvhLayer1,
                settled: false)
            openCondor(
                market: market,
                occasion: .rebuilding(layer: layer, closedAt: costToClose))
            return .reopened
        }
        return .kept
    }

    /// The tolerance band for a condor with `dte` days left, firing the band rules that apply.
    ///
    /// `bandTight` when breadth diverges, `dte ≤ thetaWindowDTE` or an FOMC/CPI/PPI event comes
    /// before the next session, else `bandWide`; the promoter multiplies it by `bandMultiplier` when
    /// the VIX is below `lowVIXThreshold`. Each band rule fires at most once a day, and never for
    /// the static profile, which does not use the band.
    mutating func evaluateBand(dte: Int, market: DayMarket, index: Int) -> Double {
        let breadth = signals.breadth[index].flatMap { $0.divergent ? $0 : nil }
        let theta = dte <= parameters.thetaWindowDTE
        let events = signals.marketMovingEventsNext[index]
        var band = (breadth != nil || theta || !events.isEmpty) ? parameters.bandTight : parameters.bandWide
        if profile == .promoter, market.vix < engineParameters.promoter.lowVIXThreshold {
            band *= engineParameters.promoter.bandMultiplier
        }
        guard profile.recenters else { return band }
        // A firing is only built the first time its rule applies today: marking the position
        // evaluates the band again, and its sentences would be thrown away.
        if let breadth, !firedBandRules.breadthDivergence {
            firedBandRules.breadthDivergence = true
            firings.append(
                RuleFiring(.breadthDivergence(
                    spxChange: breadth.spxChange, adChange: breadth.adChange, vixChange: breadth.vixChange,
                    breadthLookback: parameters.breadthLookback, vixLookback: parameters.vixLookback, band: band)))
        }
        if theta, !firedBandRules.temporalTheta {
            firedBandRules.temporalTheta = true
            firings.append(RuleFiring(.temporalTheta(dte: dte, window: parameters.thetaWindowDTE, band: band)))
        }
        if !events.isEmpty, !firedBandRules.eventWindow {
            firedBandRules.eventWindow = true
            firings.append(RuleFiring(.eventWindow(events: events, nextSession: signals.nextSession[index], band: band)))
        }
        return band
    }
}
