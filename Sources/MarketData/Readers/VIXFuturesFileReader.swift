/// Front and second VIX futures settlements on one date, as read from `vix_futures.csv`.
struct VIXFuturesQuote: Sendable, Equatable {
    /// Front-month future.
    var vx1: Double
    /// Second-month future, when the file has a VX2 column with a value that day.
    var vx2: Double?
}

/// The reader for `vix_futures.csv` (`Date,VX1[,VX2]`, levels within ``ValueBounds/vixLevel``).
///
/// A missing VX2 (see ``MissingValue``) means no second month; a missing VX1 means no quote that date.
enum VIXFuturesFileReader {
    /// The reader.
    static let reader = DatedFileReader<VIXFuturesQuote>(file: .vixFutures, layouts: ColumnLayout.vixFutures) { row in
        let vx1 = row.number(.vx1, within: .vixLevel)
        let vx2 = row.number(.vx2, within: .vixLevel, allowMissing: true)
        guard case .value(let front) = vx1, row.problems.isEmpty else { return nil }
        if case .value(let second) = vx2 { return VIXFuturesQuote(vx1: front, vx2: second) }
        return VIXFuturesQuote(vx1: front, vx2: nil)
    }
}
