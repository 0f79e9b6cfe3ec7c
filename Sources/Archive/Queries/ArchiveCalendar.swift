import MarketData
import Strategy

/// One month of the archive: how many sessions it holds and how many rule firings.
public struct ArchiveMonth: Sendable, Hashable {
    /// The year.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// Sessions archived in the month.
    public var sessions: Int
    /// Rule firings in the month, over every profile.
    public var firings: Int

    /// Creates a month.
    public init(year: Int, month: Int, sessions: Int, firings: Int) {
        self.year = year
        self.month = month
        self.sessions = sessions
        self.firings = firings
    }
}

/// One profile's outcome on an archive day, as an archive page lists it.
public struct ArchiveDayOutcome: Sendable, Hashable {
    /// The profile.
    public var profile: Profile
    /// ALVH layer at the close.
    public var layer: Int
    /// Equity at the close, USD.
    public var equity: Double
    /// True when a condor was open at the close.
    public var hasPosition: Bool
    /// The rules that fired, in the order applied.
    public var rules: [RuleID]

    /// Creates an outcome.
    public init(profile: Profile, layer: Int, equity: Double, hasPosition: Bool, rules: [RuleID]) {
        self.profile = profile
        self.layer = layer
        self.equity = equity
        self.hasPosition = hasPosition
        self.rules = rules
    }
}

/// One archived session: the market and each profile's rules fired.
public struct ArchiveDay: Sendable, Hashable {
    /// The session.
    public var date: CalendarDate
    /// SPX close.
    public var spot: Double
    /// VIX close.
    public var vix: Double
    /// One entry per archived profile, in ``Profile/allCases`` order.
    public var outcomes: [ArchiveDayOutcome]

    /// Creates a day.
    public init(date: CalendarDate, spot: Double, vix: Double, outcomes: [ArchiveDayOutcome]) {
        self.date = date
        self.spot = spot
        self.vix = vix
        self.outcomes = outcomes
    }

    /// The outcome of one profile, if archived.
    public func outcome(_ profile: Profile) -> ArchiveDayOutcome? {
        outcomes.first { $0.profile == profile }
    }
}
