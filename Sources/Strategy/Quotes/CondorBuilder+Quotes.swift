import MarketData
import OptionMath

/// Why a session with quotes opened its condor from the model instead.
public enum QuoteFallback: String, Sendable, Hashable, Codable {
    /// No quoted expiration lies beyond `exitDTE`.
    case noExpiration = "no-expiration"
    /// A strike the rule needs (a short strike by delta, or a wing) has no usable quote.
    case strikeNotQuoted = "strike-not-quoted"
}

/// A quoted option with the implied volatility the engine reads from it.
private struct QuotedStrike {
    let strike: Double
    let volatility: Double
}

extension CondorBuilder {
    /// What the quotes give for today's entry.
    enum QuotedProposal {
        /// The rule's answer from quoted options only: a condor, or a refusal.
        case decided(Result<CondorProposal, EntryRefusal>)
        /// The quotes cannot answer; the model must.
        case fallback(QuoteFallback)
    }

    /// The entry rule applied to the day's quotes (SPEC §5 with quoted options in place of the
    /// calendar and the strike grid).
    ///
    /// Readings:
    /// - expiration: among the quoted expirations more than `exitDTE` calendar days away, the one
    ///   closest to `targetDTE` (`shortDTE` under layer 2), ties → the later;
    /// - short strikes: among the quoted puts strictly below the spot (calls strictly above) with an
    ///   implied volatility (the file's, or solved from the mid), the one whose delta at that
    ///   volatility is closest to `shortDelta`, ties → nearer the spot;
    /// - layer ≥ 1: the widened distance (as in the model) lands on the nearest quoted strike on the
    ///   same side of the spot, ties → the farther;
    /// - wings: the quoted strikes nearest to short put − W and short call + W, beyond the shorts,
    ///   ties → the wider; W as in the model. The two wings may then differ; the wing width is the
    ///   wider, which bounds the loss at expiration;
    /// - every leg priced at its mid; the credit must lie strictly between 0 and the wing width.
    func proposeFromQuotes(_ quotes: DayQuotes, market: DayMarket, layer: Int) -> QuotedProposal {
        let targetDays = targetDays(layer: layer)
        let candidates = quotes.expirations.filter { market.daysTo($0) > parameters.exitDTE }
        guard
            let expiration = candidates.min(by: {
                let first = abs(market.daysTo($0) - targetDays), second = abs(market.daysTo($1) - targetDays)
                return first != second ? first < second : $0 > $1
            })
        else { return .fallback(.noExpiration) }
        var firings = timeShiftFirings(layer: layer, expiration: expiration, market: market)
        let expiry = market.expiry(years: market.years(to: expiration))
        let puts = usable(quotes.quotes(expiration, .put), kind: .put, market: market, expiry: expiry)
        let calls = usable(quotes.quotes(expiration, .call), kind: .call, market: market, expiry: expiry)
        let spot = market.spot
        let putsBelow = puts.filter { $0.strike < spot }, callsAbove = calls.filter { $0.strike > spot }
        guard var shortPut = shortStrike(putsBelow, kind: .put, market: market, expiry: expiry),
            var shortCall = shortStrike(callsAbove, kind: .call, market: market, expiry: expiry)
        else { return .fallback(.strikeNotQuoted) }
        if layer >= 1 {
            let factor = widening(vix: market.vix)
            let widenedPut = nearest(spot - (spot - shortPut) * factor, in: putsBelow, wider: -1)
            let widenedCall = nearest(spot + (shortCall - spot) * factor, in: callsAbove, wider: 1)
            guard let widenedPut, let widenedCall else { return .fallback(.strikeNotQuoted) }
            firings.append(
                widenFiring(
                    layer: layer, market: market, put: StrikeMove(from: shortPut, to: widenedPut),
                    call: StrikeMove(from: shortCall, to: widenedCall)))
            shortPut = widenedPut
            shortCall = widenedCall
        }
        let width = wingWidth(spot: spot)
        guard let longPut = nearest(shortPut - width, in: puts.filter { $0.strike < shortPut }, wider: -1),
            let longCall = nearest(shortCall + width, in: calls.filter { $0.strike > shortCall }, wider: 1)
        else { return .fallback(.strikeNotQuoted) }
        let strikes = CondorStrikes(longPut: longPut, shortPut: shortPut, shortCall: shortCall, longCall: longCall)
        return .decided(
            priced(
                strikes, wingWidth: max(shortPut - longPut, longCall - shortCall), expiration: expiration,
                market: market, firings: firings, quoteFallback: nil))
    }

    /// The quotes with an implied volatility, in strike order.
    private func usable(_ quotes: [OptionQuote], kind: LegKind, market: DayMarket, expiry: ExpiryPricing)
        -> [QuotedStrike]
    {
        quotes.compactMap { quote in
            market.impliedVolatility(of: quote, kind: kind, expiry: expiry).map {
                QuotedStrike(strike: quote.strike, volatility: $0)
            }
        }
    }

    /// The strike whose delta is closest to `shortDelta` in size, ties → nearer the spot.
    private func shortStrike(_ strikes: [QuotedStrike], kind: LegKind, market: DayMarket, expiry: ExpiryPricing)
        -> Double?
    {
        var best: (strike: Double, distance: Double)?
        for quoted in strikes {
            let delta = BlackScholesMerton.evaluate(
                type: kind.optionType, spot: market.spot, strike: quoted.strike, volatility: quoted.volatility,
                expiry: expiry.discounting
            ).delta
            let distance = abs(abs(delta) - parameters.shortDelta)
            guard let current = best else {
                best = (quoted.strike, distance)
                continue
            }
            let nearer = abs(quoted.strike - market.spot) < abs(current.strike - market.spot)
            if distance < current.distance || (distance == current.distance && nearer) {
                best = (quoted.strike, distance)
            }
        }
        return best?.strike
    }

    /// The strike nearest to `target`; of two equally near, the one in `wider`'s direction
    /// (−1 lower, +1 higher).
    private func nearest(_ target: Double, in strikes: [QuotedStrike], wider: Double) -> Double? {
        var best: Double?
        for quoted in strikes {
            guard let current = best else {
                best = quoted.strike
                continue
            }
            let distance = abs(quoted.strike - target), currentDistance = abs(current - target)
            if distance < currentDistance || (distance == currentDistance && (quoted.strike - current) * wider > 0) {
                best = quoted.strike
            }
        }
        return best
    }
}
