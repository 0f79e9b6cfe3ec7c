/// NYSE advancing and declining issues on one date, as read from `breadth.csv`.
struct BreadthCounts: Sendable, Equatable {
    /// Advancing issues.
    var advances: Double
    /// Declining issues.
    var declines: Double
}

/// The reader for `breadth.csv` (`Date,Advances,Declines`, whole counts within ``ValueBounds/issueCount``).
///
/// A row missing either count has no value for its date (the A/D line needs both).
enum BreadthFileReader {
    /// The reader.
    static let reader = DatedFileReader<BreadthCounts>(file: .breadth, layouts: ColumnLayout.breadth) { row in
        let advances = row.number(.advances, within: .issueCount)
        let declines = row.number(.declines, within: .issueCount)
        guard case .value(let up) = advances, case .value(let down) = declines, row.problems.isEmpty
        else { return nil }
        return BreadthCounts(advances: up, declines: down)
    }
}
