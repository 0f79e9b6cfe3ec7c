import MarketData

/// What a build can take over from the previous build in the same output folder.
///
/// Briefings have no look-ahead: the page of a session is made from that session and the ones
/// before it (with the SPX warm-up closes before them), the events file, which optional files were
/// supplied and where they start, what every briefing shares (templates, glossary link targets,
/// configuration, options: `InputFingerprint.briefings`) and the date of the next session (its
/// "next" link). So when those shared inputs are unchanged and the sessions up to the previous
/// build's last one hash the same, the earlier briefings are still exact and only sessions from
/// the previous last one on (whose "next" link appears) need rendering; the archive only needs
/// the new sessions appended. When, in addition, no other content changed (`sameSiteInputs`),
/// the year pages of earlier years and the pages of terms no new briefing links are kept too.
struct IncrementalPlan: Sendable {
    /// The previous build's manifest.
    let previous: BuildManifest
    /// Briefings at series indices below this are taken over without looking at their inputs.
    let unchangedBefore: Int
    /// The last archived session when the archive can be extended by appending the later ones;
    /// nil when the archive must be written anew.
    let archiveAppendsAfter: CalendarDate?
    /// Whether every template and content file is unchanged too (not only what briefings share).
    let sameSiteInputs: Bool

    /// The plan for a build of `series` after the build described by `previous`, or nil when
    /// the build must be a full one (no usable manifest, `--full`, or a change to what every
    /// briefing shares).
    ///
    /// - Parameters:
    ///   - previous: The manifest found in the output, if any.
    ///   - globalKey: This build's ``InputFingerprint/global(options:)``.
    ///   - briefingKey: This build's ``InputFingerprint/briefings(options:linkTargets:)``.
    ///   - series: Every evaluated session.
    ///   - published: The indices of the published sessions.
    ///   - configuration: The configuration file's path (for the data key).
    /// - Returns: The plan, or nil for a full build.
    static func make(
        previous: BuildManifest?, globalKey: String, briefingKey: String, series: MarketSeries, published: Range<Int>,
        configuration: String
    ) -> IncrementalPlan? {
        guard let previous, previous.briefingKey == briefingKey else { return nil }
        let sameSite = previous.globalKey == globalKey
        guard let last = previous.lastDate, let index = Self.index(of: last, in: series.days),
            published.contains(index),
            InputFingerprint.series(series, configuration: configuration, through: index) == previous.dataKey
        else {
            // History changed: compare every briefing's inputs, write the archive anew.
            return IncrementalPlan(
                previous: previous, unchangedBefore: 0, archiveAppendsAfter: nil, sameSiteInputs: sameSite)
        }
        let newSessions = index < published.upperBound - 1
        return IncrementalPlan(
            previous: previous, unchangedBefore: newSessions ? index : index + 1, archiveAppendsAfter: last,
            sameSiteInputs: sameSite)
    }

    /// The index of the session on `date` (days are in date order), or nil.
    static func index(of date: CalendarDate, in days: [TradingDay]) -> Int? {
        var range = 0..<days.count
        while !range.isEmpty {
            let middle = range.lowerBound + range.count / 2
            if days[middle].date == date { return middle }
            range = days[middle].date < date ? (middle + 1)..<range.upperBound : range.lowerBound..<middle
        }
        return nil
    }
}
