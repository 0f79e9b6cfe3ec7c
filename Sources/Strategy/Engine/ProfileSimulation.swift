import MarketData

/// One profile's account stepped session by session through a series (SPEC §5).
///
/// Order of work each session, after the close: (1) signals (precomputed in ``SignalSet``);
/// (2) ALVH layer state: hedges that reached their expiration settle, then activations (hedge
/// bought) and stand-downs (hedge sold); (3) management rules 1–4, an exit leaving the account flat
/// until the next session; (4) recentering by rule 5 or 6, or the ALVH rebuild when a layer
/// activated today; (5) entry when flat and allowed; (6) marks and the day's record.
///
/// Readings:
/// - sessions are the trading days of the series; the first `warmupSessions` only warm up (no
///   layers, no trades, layer 0 in the record) and the first entry is tried on index
///   `warmupSessions`; the ALVH state machine starts on that session too, so a VIX already above a
///   threshold activates the layer there;
/// - after a management exit on day t the next entry is tried on the next trading day; after a
///   refusal (bad credit, zero contracts) the entry is tried again on the next session;
/// - a condor opened today is not managed until the next session;
/// - money: cash = starting capital + realised P&L of closed condors − every cost − hedge
///   premiums + hedge proceeds; the credit is not added to cash at the open, it is part of the
///   unrealised P&L (credit − cost to close) × multiplier × contracts; equity = cash + that
///   unrealised P&L + the model value of held hedges.
struct ProfileSimulation {
    /// The profile being run.
    let profile: Profile
    /// Every parameter of the run.
    let engineParameters: EngineParameters
    /// The trading days.
    let days: [TradingDay]
    /// The series' signals.
    let signals: SignalSet
    /// The option quotes of the sessions `chain.csv` covers.
    let quotes: QuoteIndex

    /// Cash in USD.
    var cash: Double
    /// Every cost paid so far, USD.
    var totalCosts = 0.0
    /// The open condor, if any.
    var condor: OpenCondor?
    /// Hedges held.
    var hedges: [VIXHedge] = []
    /// VIX call spreads bought so far.
    var hedgeCount = 0
    /// The ALVH layers.
    var layers: LayerTracker
    /// The records so far.
    var records: [DayRecord] = []
    /// Closed condors so far.
    var trades: [TradeRecord] = []
    /// Hedge cash flows (premium and costs paid negative, proceeds positive), for the XIRR.
    var hedgeCashFlows: [(date: CalendarDate, amount: Double)] = []

    /// Rules fired today, in order.
    var firings: [RuleFiring] = []
    /// Band rules already fired today (fired at most once a day).
    var firedBandRules = FiredBandRules()
    /// Hedges closed or settled today.
    var finishedHedges: [HedgeRecord] = []
    /// Why a condor opened today came from the model although the day has quotes.
    var quoteFallback: QuoteFallback?
    /// Proposals built so far, shared with the other profiles of the same run.
    var proposals: ProposalCache
    /// The condor priced at today's close, kept because management, the entry and the record
    /// would otherwise price the same four legs again.
    var markedToday: (strikes: CondorStrikes, expiration: CalendarDate, mark: CondorMark)?

    /// A fresh account at the starting capital.
    ///
    /// - Parameters:
    ///   - profile: The profile to run.
    ///   - engineParameters: Every parameter of the run.
    ///   - days: The trading days.
    ///   - signals: The series' signals.
    ///   - quotes: The option quotes of the sessions a chain covers.
    ///   - proposals: Proposals another profile of the same series and parameters built.
    init(
        profile: Profile, engineParameters: EngineParameters, days: [TradingDay], signals: SignalSet,
        quotes: QuoteIndex = .none, proposals: ProposalCache = ProposalCache()
    ) {
        self.quotes = quotes
        self.profile = profile
        self.engineParameters = engineParameters
        self.days = days
        self.signals = signals
        self.proposals = proposals
        self.cash = engineParameters.strategy.startingCapital
        self.layers = LayerTracker(parameters: engineParameters.strategy)
        records.reserveCapacity(days.count)
    }

    /// The strategy parameters.
    var parameters: StrategyParameters { engineParameters.strategy }

    /// USD per index point of one contract.
    var multiplier: Double { parameters.contractMultiplier }

    /// The ALVH layer new condors are built under (always 0 for the static profile).
    var effectiveLayer: Int { profile.usesLayers ? layers.currentLayer : 0 }

    /// The condor with these strikes and expiration priced at today's close, computed once a day.
    mutating func markToday(strikes: CondorStrikes, expiration: CalendarDate, market: DayMarket) -> CondorMark {
        if let marked = markedToday, marked.strikes == strikes, marked.expiration == expiration {
            return marked.mark
        }
        let mark = CondorMark(strikes: strikes, expiration: expiration, market: market)
        markedToday = (strikes, expiration, mark)
        return mark
    }

    /// How a day's management ended.
    enum ManagementOutcome {
        /// Nothing was held, or the condor was opened today.
        case nothingToManage
        /// The condor was kept.
        case kept
        /// Rules 1–4 closed it: flat until the next session.
        case exited
        /// Rule 5, rule 6 or an ALVH rebuild closed it and the entry was tried again.
        case reopened
    }

    /// Runs every session and returns the profile's outcome.
    mutating func run() -> ProfileRun {
        for index in days.indices { process(index) }
        let metrics = MetricsCalculator(simulation: self).metrics()
        return ProfileRun(profile: profile, records: records, trades: trades, metrics: metrics)
    }

    /// One session, in the order of SPEC §5.
    mutating func process(_ index: Int) {
        let market = DayMarket(day: days[index], model: engineParameters.model, quotes: quotes[index])
        firings = []
        quoteFallback = nil
        firedBandRules = FiredBandRules()
        finishedHedges = []
        markedToday = nil
        let trading = index >= parameters.warmupSessions
        if trading {
            let activated = updateLayers(market)
            let outcome = manage(market: market, index: index, activatedLayers: activated)
            if condor == nil, outcome == .nothingToManage || outcome == .kept {
                openCondor(market: market, occasion: .opening)
            }
        }
        records.append(record(market: market, index: index, warmup: !trading))
    }
}

/// The band rules that have fired today; each fires at most once a day, however often the band is
/// evaluated.
struct FiredBandRules {
    /// `breadth-divergence` fired.
    var breadthDivergence = false
    /// `temporal-theta` fired.
    var temporalTheta = false
    /// `event-window` fired.
    var eventWindow = false
}
