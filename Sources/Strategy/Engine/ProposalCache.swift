import MarketData

/// The condors proposed so far in one run of the profiles, by session and layer.
///
/// A proposal depends only on the session's market, the ALVH layer and the strategy parameters,
/// which the three profiles share, so a profile entering on a session and layer another profile
/// already entered on reuses that proposal instead of searching the strike grid again (about a
/// quarter of the proposals of a run of the three profiles). The proposal is the same value the
/// builder would return.
struct ProposalCache {
    /// A session and the layer the condor is built under.
    private struct Key: Hashable {
        let date: CalendarDate
        let layer: Int
    }

    private var proposals: [Key: Result<CondorProposal, EntryRefusal>] = [:]

    /// An empty cache.
    init() {}

    /// The proposal for a session and layer, built by `build` the first time it is asked for.
    mutating func proposal(
        on date: CalendarDate, layer: Int, build: () -> Result<CondorProposal, EntryRefusal>
    ) -> Result<CondorProposal, EntryRefusal> {
        let key = Key(date: date, layer: layer)
        if let known = proposals[key] { return known }
        let built = build()
        proposals[key] = built
        return built
    }
}
