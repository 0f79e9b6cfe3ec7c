/// The capital-allocation rule (SPEC §5): how many condors an account opens.
///
/// contracts = `baseAllocation` × cash / ((W − credit) × multiplier), with the cash before the
/// opening costs; fractional unless `wholeContracts` (rounded down). Zero or fewer, or not a
/// number, means no entry: ``refusal`` says why.
struct CondorSizing {
    /// The maximum loss of one condor, USD.
    let maxLossPerContract: Double
    /// The contracts opened, or nil when the rule refuses the entry.
    let contracts: Double?
    /// The `capital-allocation` refusal when ``contracts`` is nil.
    let refusal: RuleReason

    /// Sizes `proposal` for an account holding `cash`.
    init(_ proposal: CondorProposal, cash: Double, parameters: StrategyParameters) {
        maxLossPerContract = (proposal.wingWidth - proposal.credit) * parameters.contractMultiplier
        let rawContracts = cash > 0 ? parameters.baseAllocation * cash / maxLossPerContract : 0
        let rounded = parameters.wholeContracts ? rawContracts.rounded(.down) : rawContracts
        contracts = rounded > 0 && rounded.isFinite ? rounded : nil
        refusal = .allocationRefused(
            cash: cash, baseAllocation: parameters.baseAllocation, maxLossPerContract: maxLossPerContract,
            rawContracts: rawContracts)
    }
}
