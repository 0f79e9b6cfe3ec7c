import MarketData
import OptionMath

/// A condor the entry rule would open today, before sizing.
struct CondorProposal {
    /// The chosen expiration.
    let expiration: CalendarDate
    /// The four strikes.
    let strikes: CondorStrikes
    /// Wing width W in index points.
    let wingWidth: Double
    /// Credit per contract, index points (short legs − long legs at model mids).
    let credit: Double
    /// The legs as priced today.
    let mark: CondorMark
    /// `time-shift` and `alvh-widen` firings, in that order, when they applied.
    let firings: [RuleFiring]
    /// Why the day's quotes could not answer, when the day has quotes and the model did.
    let quoteFallback: QuoteFallback?
}

/// Why no condor could be proposed today.
enum EntryRefusal: Error, Equatable {
    /// The credit was not strictly between 0 and the wing width.
    case credit(credit: Double, wingWidth: Double)
    /// No positive strikes fit (the spot is too small for the grid and wing width).
    case noStrikes(spot: Double)
}

/// Builds the iron condor of the entry rule (SPEC §5) from one day's market and the current layer.
///
/// Readings:
/// - expiration: the SPX expiration strictly later than today whose calendar distance is closest to
///   `targetDTE` (ties → the later), `shortDTE` under layer 2 (`time-shift`); expirations come from
///   the NYSE calendar rule, never from the data rows;
/// - short put: the grid strike strictly below the spot whose model put delta is closest to
///   −`shortDelta` (ties → the strike nearer the spot); short call likewise above the spot;
/// - layer ≥ 1: each short strike's distance from the spot × √(VIX / `layer1Threshold`), re-snapped to
///   the grid (`alvh-widen`). The factor is floored at 1: a layer that is still active while the VIX
///   has slipped below the threshold (hysteresis) never narrows the condor;
/// - W = round(spot × `wingWidthPercent` / step) × step, at least one step;
///   long put = short put − W, long call = short call + W.
struct CondorBuilder {
    /// Strategy parameters.
    let parameters: StrategyParameters

    /// The condor to open today under `layer`, or why there is none: from the day's quotes when
    /// they answer (``proposeFromQuotes(_:market:layer:)``), else from the model.
    func propose(market: DayMarket, layer: Int) -> Result<CondorProposal, EntryRefusal> {
        var quoteFallback: QuoteFallback?
        if let quotes = market.quotes {
            switch proposeFromQuotes(quotes, market: market, layer: layer) {
            case .decided(let result): return result
            case .fallback(let reason): quoteFallback = reason
            }
        }
        let step = parameters.strikeStep
        let expiration = SPXExpirations.closest(toCalendarDays: targetDays(layer: layer), after: market.date)
        var firings = timeShiftFirings(layer: layer, expiration: expiration, market: market)
        let years = market.years(to: expiration)
        let expiry = market.expiry(years: years)
        var shortPut = StrikeGrid.strike(
            nearestDelta: parameters.shortDelta, type: .put, spot: market.spot, years: years, rate: market.rate,
            dividendYield: market.dividendYield, step: step,
            volatility: { market.volatility(strike: $0, expiry: expiry) })
        var shortCall = StrikeGrid.strike(
            nearestDelta: parameters.shortDelta, type: .call, spot: market.spot, years: years, rate: market.rate,
            dividendYield: market.dividendYield, step: step,
            volatility: { market.volatility(strike: $0, expiry: expiry) })
        if layer >= 1 {
            let factor = widening(vix: market.vix)
            let widenedPut = StrikeGrid.snap(market.spot - (market.spot - shortPut) * factor, step: step)
            let widenedCall = StrikeGrid.snap(market.spot + (shortCall - market.spot) * factor, step: step)
            firings.append(
                widenFiring(
                    layer: layer, market: market, put: StrikeMove(from: shortPut, to: widenedPut),
                    call: StrikeMove(from: shortCall, to: widenedCall)))
            shortPut = widenedPut
            shortCall = widenedCall
        }
        let wingWidth = wingWidth(spot: market.spot)
        let strikes = CondorStrikes(
            longPut: shortPut - wingWidth, shortPut: shortPut, shortCall: shortCall, longCall: shortCall + wingWidth)
        guard strikes.longPut > 0, shortPut < market.spot, shortCall > market.spot else {
            return .failure(.noStrikes(spot: market.spot))
        }
        return priced(
            strikes, wingWidth: wingWidth, expiration: expiration, market: market, firings: firings,
            quoteFallback: quoteFallback)
    }

    /// The calendar days the expiration aims at: `shortDTE` under layer 2 (`time-shift`), else `targetDTE`.
    func targetDays(layer: Int) -> Int {
        layer >= 2 ? parameters.shortDTE : parameters.targetDTE
    }

    /// The `time-shift` firing under layer 2, none otherwise.
    func timeShiftFirings(layer: Int, expiration: CalendarDate, market: DayMarket) -> [RuleFiring] {
        guard layer >= 2 else { return [] }
        return [
            RuleFiring(.timeShift(
                targetDTE: parameters.targetDTE, shortDTE: parameters.shortDTE, expiration: expiration,
                days: market.daysTo(expiration)))
        ]
    }

    /// The factor that moves the short strikes away from the spot under a layer: √(VIX / threshold),
    /// floored at 1 so that a layer still active below the threshold never narrows the condor.
    func widening(vix: Double) -> Double {
        max((vix / parameters.layer1Threshold).squareRoot(), 1)
    }

    /// The `alvh-widen` firing for the short strikes' moves.
    func widenFiring(layer: Int, market: DayMarket, put: StrikeMove, call: StrikeMove) -> RuleFiring {
        RuleFiring(.widen(
            layer: layer, vix: market.vix, threshold: parameters.layer1Threshold, factor: widening(vix: market.vix),
            put: put, call: call))
    }

    /// W = round(spot × `wingWidthPercent` / step) × step, at least one step.
    func wingWidth(spot: Double) -> Double {
        let step = parameters.strikeStep
        return max((spot * parameters.wingWidthPercent / step).rounded(.toNearestOrAwayFromZero), 1) * step
    }

    /// The condor with these strikes priced at the day's close, or the refusal when its credit is
    /// not strictly between 0 and the wing width.
    func priced(
        _ strikes: CondorStrikes, wingWidth: Double, expiration: CalendarDate, market: DayMarket,
        firings: [RuleFiring], quoteFallback: QuoteFallback?
    ) -> Result<CondorProposal, EntryRefusal> {
        let mark = CondorMark(strikes: strikes, expiration: expiration, market: market)
        let credit = mark.costToClose
        guard credit > 0, credit < wingWidth, credit.isFinite else {
            return .failure(.credit(credit: credit, wingWidth: wingWidth))
        }
        return .success(
            CondorProposal(
                expiration: expiration, strikes: strikes, wingWidth: wingWidth, credit: credit, mark: mark,
                firings: firings, quoteFallback: quoteFallback))
    }
}
