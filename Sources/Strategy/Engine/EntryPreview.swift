import MarketData

/// The condor the entry rule would open at a session's close prices: what a briefing on a flat
/// day proposes for the next session (which opens it at its own prices).
public struct EntryPreview: Sendable, Hashable, Encodable {
    /// The expiration chosen.
    public let expiration: CalendarDate
    /// The four strikes.
    public let strikes: CondorStrikes
    /// The wing width, index points.
    public let wingWidth: Double
    /// The credit per condor, index points (model mids).
    public let credit: Double
    /// The number of condors the capital-allocation rule gives for the account's cash.
    public let contracts: Double
    /// The maximum loss of all the contracts, USD.
    public let maxLoss: Double
    /// The legs as priced at the close, long put to long call.
    public let legs: [LegRecord]

    /// The break-evens at expiration: short put − credit and short call + credit.
    public var breakevens: (low: Double, high: Double) { strikes.breakevens(credit: credit) }
}

/// What a briefing on a flat day says about the next session.
public enum EntryPreviewOutcome: Sendable, Hashable, Encodable {
    /// The condor the rules would open.
    case condor(EntryPreview)
    /// Why the rules would open nothing (a firing of the entry or capital-allocation rule).
    case refused(RuleReason)
}

extension StrategyEngine {
    /// The condor the entry rule would open at `day`'s close under `layer` for an account holding
    /// `cash`, or why it would open none, by the model (as the engine opens condors on days
    /// without quotes).
    public func entryPreview(day: TradingDay, layer: Int, cash: Double) -> EntryPreviewOutcome {
        let strategy = parameters.strategy
        let market = DayMarket(day: day, model: parameters.model)
        switch CondorBuilder(parameters: strategy).propose(market: market, layer: layer) {
        case .failure(.credit(let credit, let wingWidth)):
            return .refused(.creditOutsideWing(credit: credit, wingWidth: wingWidth))
        case .failure(.noStrikes(let spot)):
            return .refused(.noPositiveStrike(spot: spot))
        case .success(let proposal):
            let sizing = CondorSizing(proposal, cash: cash, parameters: strategy)
            guard let contracts = sizing.contracts else { return .refused(sizing.refusal) }
            return .condor(
                EntryPreview(
                    expiration: proposal.expiration, strikes: proposal.strikes, wingWidth: proposal.wingWidth,
                    credit: proposal.credit, contracts: contracts, maxLoss: sizing.maxLossPerContract * contracts,
                    legs: proposal.mark.legs))
        }
    }
}
