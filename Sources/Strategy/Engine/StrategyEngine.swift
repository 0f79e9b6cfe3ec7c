import MarketData

/// Evaluates the iron condor and ALVH rules of SPEC §5 over a market series, for each profile.
///
/// Pure and deterministic: no I/O, no clock, no randomness; the same series and parameters
/// always give the same records. The outcome for day t depends only on data dated t or earlier
/// (plus the NYSE calendar and the event schedule), so running through a later end date never
/// changes an earlier day's record.
public struct StrategyEngine: Sendable {
    /// The parameters every run uses.
    public let parameters: EngineParameters

    /// Creates an engine.
    public init(parameters: EngineParameters = .defaults) {
        self.parameters = parameters
    }

    /// Runs one profile over a series.
    ///
    /// - Parameters:
    ///   - series: Trading days in date order (and the event list).
    ///   - profile: The profile to run.
    /// - Returns: One record per trading day, the closed trades and the metrics.
    public func run(series: MarketSeries, profile: Profile) -> ProfileRun {
        run(series: series, signals: SignalSet(series: series, parameters: parameters), profile: profile)
    }

    /// Runs the three profiles over a series, computing the signals once.
    ///
    /// - Parameter series: Trading days in date order (and the event list).
    /// - Returns: The runs in ``Profile/allCases`` order: steward, promoter, static.
    public func runAll(series: MarketSeries) -> [ProfileRun] {
        let signals = SignalSet(series: series, parameters: parameters)
        let quotes = QuoteIndex(series)
        var proposals = ProposalCache()
        return Profile.allCases.map {
            run(series: series, signals: signals, quotes: quotes, profile: $0, proposals: &proposals)
        }
    }

    /// The series with its signals computed once, for runs of single profiles (``run(_:profile:)``),
    /// which may each run on a thread of their own.
    public func prepare(_ series: MarketSeries) -> PreparedSeries {
        PreparedSeries(
            series: series, signals: SignalSet(series: series, parameters: parameters), quotes: QuoteIndex(series))
    }

    /// Runs one profile over a prepared series: the records ``runAll(series:)`` gives for it.
    public func run(_ prepared: PreparedSeries, profile: Profile) -> ProfileRun {
        var proposals = ProposalCache()
        return run(
            series: prepared.series, signals: prepared.signals, quotes: prepared.quotes, profile: profile,
            proposals: &proposals)
    }

    /// Runs one profile with precomputed signals, reusing and adding to the proposals of other profiles.
    func run(
        series: MarketSeries, signals: SignalSet, quotes: QuoteIndex, profile: Profile, proposals: inout ProposalCache
    ) -> ProfileRun {
        var simulation = ProfileSimulation(
            profile: profile, engineParameters: parameters, days: series.days, signals: signals, quotes: quotes,
            proposals: proposals)
        proposals = ProposalCache()  // the simulation now holds the only copy, so adding to it copies nothing
        let run = simulation.run()
        proposals = simulation.proposals
        return run
    }

    /// Runs one profile with precomputed signals.
    func run(series: MarketSeries, signals: SignalSet, profile: Profile) -> ProfileRun {
        var proposals = ProposalCache()
        return run(series: series, signals: signals, quotes: QuoteIndex(series), profile: profile, proposals: &proposals)
    }
}

/// A market series with the signals every profile reads (``StrategyEngine/prepare(_:)``): shared,
/// read-only, by runs of the profiles on different threads.
public struct PreparedSeries: Sendable {
    /// The trading days and events.
    public let series: MarketSeries
    let signals: SignalSet
    /// The option quotes of the sessions the series' chain covers.
    let quotes: QuoteIndex
}
