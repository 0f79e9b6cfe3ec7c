import MarketData

extension ProfileSimulation {
    /// Step 5 (and the re-opening of step 4): proposes, sizes and opens a condor, or explains why not.
    ///
    /// Readings: contracts = `baseAllocation` × cash / ((W − credit) × multiplier), with the cash
    /// before the opening costs; fractional unless `wholeContracts` (rounded down; zero means no
    /// entry); opening costs are 4 legs × contracts × (commission + slippage × multiplier).
    ///
    /// - Parameters:
    ///   - market: Today's pricing inputs.
    ///   - occasion: A plain entry, or the re-opening of a recenter or rebuild.
    mutating func openCondor(market: DayMarket, occasion: EntryOccasion) {
        let layer = effectiveLayer
        let proposal: CondorProposal
        let builder = CondorBuilder(parameters: parameters)
        let proposed = proposals.proposal(on: market.date, layer: layer) {
            builder.propose(market: market, layer: layer)
        }
        switch proposed {
        case .failure(.credit(let credit, let wingWidth)):
            firings.append(RuleFiring(.creditOutsideWing(credit: credit, wingWidth: wingWidth)))
            return
        case .failure(.noStrikes(let spot)):
            firings.append(RuleFiring(.noPositiveStrike(spot: spot)))
            return
        case .success(let built):
            proposal = built
        }
        quoteFallback = proposal.quoteFallback
        markedToday = (proposal.strikes, proposal.expiration, proposal.mark)  // priced on today's close
        let sizing = CondorSizing(proposal, cash: cash, parameters: parameters)
        let maxLossPerContract = sizing.maxLossPerContract
        guard let contracts = sizing.contracts else {
            firings.append(RuleFiring(sizing.refusal))
            return
        }
        let sizingCash = cash
        let openingCosts = 4 * contracts * parameters.costPerLegPerContract
        cash -= openingCosts
        totalCosts += openingCosts
        let breakevens = proposal.strikes.breakevens(credit: proposal.credit)
        let distance = Invariant.distance(spot: market.spot, breakevens: breakevens)
        condor = OpenCondor(
            openDate: market.date, expiration: proposal.expiration, strikes: proposal.strikes,
            wingWidth: proposal.wingWidth, credit: proposal.credit, contracts: contracts,
            maxLoss: maxLossPerContract * contracts,
            initialInvariant: Invariant.value(credit: proposal.credit, vix: market.vix, distance: distance),
            openingCosts: openingCosts, layer: layer)
        firings.append(
            RuleFiring(.entry(
                occasion: occasion, contracts: contracts, expiration: proposal.expiration,
                days: market.daysTo(proposal.expiration), strikes: proposal.strikes, credit: proposal.credit,
                wingWidth: proposal.wingWidth, spot: market.spot, vix: market.vix)))
        firings.append(contentsOf: proposal.firings)
        firings.append(
            RuleFiring(.allocation(
                cash: sizingCash, baseAllocation: parameters.baseAllocation, maxLossPerContract: maxLossPerContract,
                contracts: contracts, wholeContracts: parameters.wholeContracts)))
    }

    /// Closes the held condor at `costToClose` per contract and books the trade.
    ///
    /// Closing costs are 4 legs × contracts × (commission + slippage × multiplier), none when it
    /// settles at expiration.
    @discardableResult
    mutating func closeCondor(
        _ held: OpenCondor, costToClose: Double, market: DayMarket, reason: RuleID, settled: Bool
    ) -> TradeRecord {
        let closingCosts = settled ? 0 : 4 * held.contracts * parameters.costPerLegPerContract
        let gross = (held.credit - costToClose) * multiplier * held.contracts
        cash += gross - closingCosts
        totalCosts += closingCosts
        let trade = TradeRecord(
            openDate: held.openDate, closeDate: market.date, expiration: held.expiration, reason: reason,
            layer: held.layer, contracts: held.contracts, shortPut: held.strikes.shortPut,
            shortCall: held.strikes.shortCall, longPut: held.strikes.longPut, longCall: held.strikes.longCall,
            credit: held.credit, closingCost: costToClose, margin: held.maxLoss,
            pnl: gross - held.openingCosts - closingCosts, costs: held.openingCosts + closingCosts,
            daysHeld: market.date - held.openDate)
        trades.append(trade)
        condor = nil
        return trade
    }
}
