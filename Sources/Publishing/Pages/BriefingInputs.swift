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
    /// Every profile's record of the day, in `Profile.allCases` order.
    let records: [DayRecord]
    /// What every briefing of the build shares: encoded once per build into the key's shared part
    /// (``BriefingWriter/key(of:)``), not with each page.
    let shared: SharedBriefingInputs
    /// The site root as seen from the page.
    let root: String

    /// The page's own inputs; ``shared`` is hashed separately, once per build.
    private enum CodingKeys: String, CodingKey {
        case day, previous, closeBefore, next, linksPrevious, records, root
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
        records = Profile.allCases.compactMap { source.records[$0]?[index] }
        shared = SharedBriefingInputs(source)
        self.root = root
    }

    /// The steward's record of the day (the featured position), one of ``records``, so it is
    /// encoded once.
    var steward: DayRecord {
        records.first { $0.profile == .steward } ?? BriefingInputs.emptyRecord(day)
    }

    /// A placeholder record for a day with no steward record (never expected; keeps pages total).
    private static func emptyRecord(_ day: TradingDay) -> DayRecord {
        DayRecord(
            date: day.date, profile: .steward, spot: day.spx, vix: day.vix, layer: 0, position: nil, firings: [],
            cash: 0, equity: 0, hedgeValue: 0, totalCosts: 0, hedges: [], signals: SignalRecord(), warmup: true)
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
