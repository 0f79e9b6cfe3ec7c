import Strategy

/// The inline SVG figures of a briefing, keyed by the marker names in `briefing.md`.
enum BriefingFigures {
    /// The figures for the briefing of `source.days[index]`.
    static func figures(for page: BriefingPage, source: BriefingSource, index: Int) -> [String: String] {
        [:]
    }
}
