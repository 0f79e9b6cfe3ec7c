/// The three ways of running the rules, evaluated over the same data and compared side by side.
public enum Profile: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every rule of SPEC §5, hedges included; the briefing's featured position.
    case steward
    /// The steward's rules with a looser band in a calm VIX, a later profit target and no hedges.
    case promoter
    /// Entry and management rules 1–4 only, always layer 0: the baseline (raw value `static`).
    case staticBaseline = "static"

    /// The display name (`Steward`, `Promoter`, `Static`).
    public var title: String {
        switch self {
        case .steward: return "Steward"
        case .promoter: return "Promoter"
        case .staticBaseline: return "Static"
        }
    }

    /// True when the profile tracks ALVH layers (widening, time-shift, rebuilds).
    public var usesLayers: Bool { self != .staticBaseline }

    /// True when the profile recenters by rules 5 and 6.
    public var recenters: Bool { self != .staticBaseline }

    /// True when the profile buys VIX call-spread hedges on layer activations.
    public var buysHedges: Bool { self == .steward }
}
