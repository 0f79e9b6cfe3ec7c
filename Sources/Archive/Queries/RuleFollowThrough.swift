import Strategy

/// The mean change in equity a given number of sessions after a rule fired.
public struct EquityChange: Sendable, Hashable {
    /// The horizon, in sessions after the firing day (5 means the fifth following session).
    public var sessions: Int
    /// Firing days whose horizon lies inside the archive (later ones can't be measured yet).
    public var samples: Int
    /// Mean of (equity at the horizon / equity on the firing day − 1) × 100, rounded to 6
    /// decimals; nil without samples.
    public var meanPercent: Double?

    /// Creates a change.
    public init(sessions: Int, samples: Int, meanPercent: Double?) {
        self.sessions = sessions
        self.samples = samples
        self.meanPercent = meanPercent
    }
}

/// What followed a rule's firings for one profile: mean equity changes at several horizons.
///
/// A session on which the rule fired twice counts once. Educational context, not a forecast.
public struct RuleFollowThrough: Sendable, Hashable {
    /// The rule.
    public var rule: RuleID
    /// The profile.
    public var profile: Profile
    /// One change per requested horizon, in the order requested.
    public var changes: [EquityChange]

    /// Creates a follow-through.
    public init(rule: RuleID, profile: Profile, changes: [EquityChange]) {
        self.rule = rule
        self.profile = profile
        self.changes = changes
    }

    /// The change at a horizon, if it was requested.
    public func change(after sessions: Int) -> EquityChange? {
        changes.first { $0.sessions == sessions }
    }
}
