import MarketData

extension Explain {
    /// `entry`: a condor was opened (possibly as the re-opening of a recenter or rebuild).
    static func entry(
        occasion: EntryOccasion, contracts: Double, expiration: CalendarDate, days: Int, strikes: CondorStrikes,
        credit: Double, wingWidth: Double, spot: Double, vix: Double
    ) -> RuleFiring {
        let opening: String
        switch occasion {
        case .opening: opening = "Opened"
        case .recentering: opening = "Recentering, opened"
        case let .rebuilding(layer, closedAt):
            opening = "Rebuilding under layer \(layer) after closing the old condor at \(points(closedAt)), opened"
        }
        let sentence =
            "\(opening) \(Explain.contracts(contracts)) iron condors expiring \(expiration.iso) "
            + "(\(Explain.days(days))), puts \(strike(strikes.longPut))/\(strike(strikes.shortPut)) and calls "
            + "\(strike(strikes.shortCall))/\(strike(strikes.longCall)), for a \(points(credit)) credit on a "
            + "\(strike(wingWidth))-point wing with the SPX at \(points(spot)) and the VIX at \(points(vix))."
        return RuleFiring(
            .entry(
                occasion: occasion, contracts: contracts, expiration: expiration, days: days, strikes: strikes,
                credit: credit, wingWidth: wingWidth, spot: spot, vix: vix),
            explanation: sentence)
    }

    /// `entry` refused: the credit was not strictly between 0 and the wing width.
    static func entryRefused(credit: Double, wingWidth: Double) -> RuleFiring {
        RuleFiring(
            .creditOutsideWing(credit: credit, wingWidth: wingWidth),
            explanation: "No condor opened: the \(points(credit)) credit is not between 0 and the "
                + "\(strike(wingWidth))-point wing width, so the next session tries again.")
    }

    /// `entry` refused: no positive strikes fit the grid below the spot.
    static func entryRefused(spot: Double) -> RuleFiring {
        RuleFiring(
            .noPositiveStrike(spot: spot),
            explanation: "No condor opened: with the SPX at \(points(spot)) the wings leave no positive strike, "
                + "so the next session tries again.")
    }

    /// `capital-allocation`: the contract count from the cash at risk.
    static func allocation(
        cash: Double, baseAllocation: Double, maxLossPerContract: Double, contracts: Double, wholeContracts: Bool
    ) -> RuleFiring {
        let rounding = wholeContracts ? ", rounded down to whole contracts" : ""
        return RuleFiring(
            .allocation(
                cash: cash, baseAllocation: baseAllocation, maxLossPerContract: maxLossPerContract,
                contracts: contracts, wholeContracts: wholeContracts),
            explanation: "Risking \(percent(baseAllocation)) of \(usd(cash)) cash at \(usd(maxLossPerContract)) "
                + "maximum loss per contract gives \(Explain.contracts(contracts)) contracts\(rounding).")
    }

    /// `capital-allocation` refused: the contract count came out as zero (or there was no cash).
    static func allocationRefused(
        cash: Double, baseAllocation: Double, maxLossPerContract: Double, rawContracts: Double
    ) -> RuleFiring {
        let reason = RuleReason.allocationRefused(
            cash: cash, baseAllocation: baseAllocation, maxLossPerContract: maxLossPerContract,
            rawContracts: rawContracts)
        guard cash > 0 else {
            return RuleFiring(
                reason,
                explanation: "No condor opened: with \(usd(cash)) cash nothing can be put at risk, so the next "
                    + "session tries again.")
        }
        return RuleFiring(
            reason,
            explanation: "No condor opened: risking \(percent(baseAllocation)) of \(usd(cash)) cash at "
                + "\(usd(maxLossPerContract)) maximum loss per contract gives "
                + "\(Explain.contracts(rawContracts)) contracts, which rounds down to zero, so the next session "
                + "tries again.")
    }

    /// `time-shift`: layer 2 uses the shorter target expiration.
    static func timeShift(targetDTE: Int, shortDTE: Int, expiration: CalendarDate, days: Int) -> RuleFiring {
        RuleFiring(
            .timeShift(targetDTE: targetDTE, shortDTE: shortDTE, expiration: expiration, days: days),
            explanation: "Layer 2 shortens the target from \(Explain.days(targetDTE)) to \(Explain.days(shortDTE)), "
                + "so the condor expires on \(expiration.iso) (\(Explain.days(days)))."
        )
    }

    /// `alvh-widen`: the short strikes moved out by √(VIX / layer1Threshold).
    static func widen(
        layer: Int, vix: Double, threshold: Double, factor: Double, put: (Double, Double), call: (Double, Double)
    ) -> RuleFiring {
        RuleFiring(
            .widen(
                layer: layer, vix: vix, threshold: threshold, factor: factor,
                put: StrikeMove(from: put.0, to: put.1), call: StrikeMove(from: call.0, to: call.1)),
            explanation: "Layer \(layer) moves the short strikes away from the spot by √(\(points(vix)) / "
                + "\(parameter(threshold))) = \(NumberText.fixed(factor, places: 3)): put \(strike(put.0)) to "
                + "\(strike(put.1)), call \(strike(call.0)) to \(strike(call.1)).")
    }
}
