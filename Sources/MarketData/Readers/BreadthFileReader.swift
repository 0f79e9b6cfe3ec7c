/// NYSE advancing and declining issues on one date, as read from `breadth.csv`.
struct BreadthCounts: Sendable, Equatable {
    /// Advancing issues.
    var advances: Double
    /// Declining issues.
    var declines: Double
}

/// The reader for `breadth.csv` (`Date,Advances,Declines`, counts of zero or more).
enum BreadthFileReader {
    /// The reader.
    static let reader = DatedFileReader<BreadthCounts>(file: .breadth, layouts: ColumnLayout.breadth) { row in
        let advances = row.nonNegativeNumber(.advances)
        let declines = row.nonNegativeNumber(.declines)
        guard case .value(let up) = advances, case .value(let down) = declines, row.problems.isEmpty
        else { return nil }
        return BreadthCounts(advances: up, declines: down)
    }
}
