import MarketData
import Strategy

/// Every input of one briefing page and nothing else: the page's template context and figures are
/// computed from this value alone, so its stable encoding is the page's cache key.
struct BriefingInputs: Encodable {
    /// The trading day of the briefing.
    let day: TradingDay
    /// The published session before it, if any.
    let previous: TradingDay?
    /// The SPX close of the session right before the first published day (a warm-up close), if known.
    let closeBefore: Double?
    /// The date of the next published session, if any.
    let next: CalendarDate?
    /// Whether the page links to ``previous`` (not on the first published day).
    let linksPrevious: Bool
    /// The steward's record of the day: the featured position, its rules and signals.
    let steward: DayRecord
    /// What the page shows of the other profiles' days (the profiles table), in `Profile.allCases`
    /// order: all of them that the page reads, so a change to anything else of theirs (their
    /// positions, hedges, signals) neither renders the page again nor costs its key.
    let others: [ProfileGlance]
    /// Every profile's glance at the session before, in `Profile.allCases` order (nil for the first
    /// session of the history): what "Since the last session" compares with.
    let previousGlances: [ProfileGlance]?
    /// On a flat day after the warm-up: the condor the steward's rules would open at today's close,
    /// or why none (``StrategyEngine/entryPreview(day:layer:cash:)``); nil otherwise.
    let proposal: EntryPreviewOutcome?
    /// What every briefing of the build shares: encoded once per build into the key's shared part
    /// (``BriefingWriter/key(of:)``), not with each page.
    let shared: SharedBriefingInputs
    /// The site root as seen from the page.
    let root: String

    /// The page's own inputs; ``shared`` is hashed separately, once per build.
    private enum CodingKeys: String, CodingKey {
        case day, previous, closeBefore, next, linksPrevious, steward, others, previousGlances, proposal, root
    }

    /// The engine's parameters: the text reads the strategy and model, the payoff curves all of them.
    var engine: EngineParameters { shared.engine }
    /// The optional files supplied and where each starts.
    var coverage: SuppliedFiles { shared.coverage }

    /// The inputs of the briefing of `source.days[index]` with links relative to `root`; `first` is
    /// the first published index (no "previous" link points before it).
    init(source: BriefingSource, index: Int, root: String, first: Int = 0) {
        let day = source.days[index]
        self.day = day
        previous = index > 0 ? source.days[index - 1] : nil
        closeBefore = source.spxBefore.flatMap { before in
            NYSECalendar.nextSession(after: before.date) == day.date ? before.close : nil
        }
        next = index + 1 < source.days.count ? source.days[index + 1].date : nil
        linksPrevious = index > 0 && index > first
        steward = source.records[.steward]?[index] ?? BriefingInputs.emptyRecord(day)
        others = Profile.allCases.filter { $0 != .steward }.compactMap { source.records[$0]?[index] }
            .map(ProfileGlance.init)
        previousGlances =
            index > 0 ? Profile.allCases.compactMap { source.records[$0]?[index - 1] }.map(ProfileGlance.init) : nil
        shared = SharedBriefingInputs(source)
        self.root = root
        let steward = self.steward
        proposal =
            steward.position == nil && !steward.warmup
            ? StrategyEngine(parameters: source.configuration.engine).entryPreview(
                day: day, layer: steward.layer, cash: steward.cash) : nil
    }

    /// The profiles table's rows: the steward's, then the others', in `Profile.allCases` order.
    var profiles: [ProfileGlance] { [ProfileGlance(steward)] + others }

    /// A placeholder record for a day with no steward record (never expected; keeps pages total).
    private static func emptyRecord(_ day: TradingDay) -> DayRecord {
        DayRecord(
            date: day.date, profile: .steward, spot: day.spx, vix: day.vix, layer: 0, position: nil, firings: [],
            cash: 0, equity: 0, hedgeValue: 0, totalCosts: 0, hedges: [], signals: SignalRecord(), warmup: true)
    }
}

/// What a briefing shows of one profile's day beyond the steward's full record: the profiles
/// table, and the comparison with the session before.
struct ProfileGlance: Encodable, Equatable {
    let profile: Profile
    /// Equity at the close, USD.
    let equity: Double
    /// The ALVH layer at the close.
    let layer: Int
    /// The rules that fired, in order.
    let rules: [RuleID]
    /// Whether a condor was open at the close.
    let held: Bool

    init(_ record: DayRecord) {
        profile = record.profile
        equity = record.equity
        layer = record.layer
        rules = record.firings.map(\.id)
        held = record.position != nil
    }
}

/// The inputs every briefing of a build shares: the engine's parameters and the files supplied.
struct SharedBriefingInputs: Encodable, Equatable {
    /// The engine's parameters.
    let engine: EngineParameters
    /// The optional files supplied and where each starts.
    let coverage: SuppliedFiles

    /// The shared inputs of `source`'s briefings.
    init(_ source: BriefingSource) {
        engine = source.configuration.engine
        coverage = SuppliedFiles(source.coverage)
    }
}

/// The optional files supplied and the first date of each: all a briefing reads of their
/// coverage. Where a file ends is left out, as it moves whenever sessions are appended and the
/// briefings of earlier sessions are then kept without being hashed.
struct SuppliedFiles: Encodable, Equatable {
    /// The coverage of each optional file supplied, with its first date only.
    let files: [MarketDataFile: InputCoverage]

    /// The files of `coverage`, each with its first date only.
    init(_ coverage: [MarketDataFile: InputCoverage]) {
        files = coverage.mapValues { InputCoverage(first: $0.first, last: nil) }
    }

    /// Encodes `{"<file name>": coverage}` (a dictionary keyed by an enum would encode as a list
    /// in hash order, which differs between runs); sorted keys make the order stable.
    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: files.map { ($0.key.fileName, $0.value) }))
    }
}
