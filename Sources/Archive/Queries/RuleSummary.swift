import MarketData
import Strategy

/// How often and when one rule fired for one profile.
public struct RuleProfileCount: Sendable, Hashable {
    /// The profile.
    public var profile: Profile
    /// Number of firings (a rule may fire more than once in a session).
    public var firings: Int
    /// Number of distinct sessions it fired on.
    public var days: Int
    /// The first session it fired, nil when it never did.
    public var firstDate: CalendarDate?
    /// The last session it fired, nil when it never did.
    public var lastDate: CalendarDate?

    /// Creates a count.
    public init(profile: Profile, firings: Int, days: Int, firstDate: CalendarDate?, lastDate: CalendarDate?) {
        self.profile = profile
        self.firings = firings
        self.days = days
        self.firstDate = firstDate
        self.lastDate = lastDate
    }
}

/// How often and when a rule fired, per profile: the facts of a rule page.
public struct RuleSummary: Sendable, Hashable {
    /// The rule.
    public var rule: RuleID
    /// One entry per profile, in ``Profile/allCases`` order (zero counts included).
    public var profiles: [RuleProfileCount]

    /// Creates a summary.
    public init(rule: RuleID, profiles: [RuleProfileCount]) {
        self.rule = rule
        self.profiles = profiles
    }

    /// Firings over every profile.
    public var totalFirings: Int { profiles.reduce(0) { $0 + $1.firings } }

    /// The count of one profile (zero when it is absent).
    public func count(for profile: Profile) -> RuleProfileCount {
        profiles.first { $0.profile == profile }
            ?? RuleProfileCount(profile: profile, firings: 0, days: 0, firstDate: nil, lastDate: nil)
    }
}
