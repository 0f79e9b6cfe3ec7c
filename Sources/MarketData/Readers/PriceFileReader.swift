/// Readers for the two required price files, `spx.csv` and `vix.csv`.
///
/// A row yields its close. When the layout has Open, High and Low they are checked too: every
/// price within the file's ``ValueBounds``, High not below Low, and the close inside [Low, High].
/// A missing Open, High or Low (see ``MissingValue``) is left unchecked; a missing close makes the
/// row one with no value for its date (counted by the reader, not an error).
enum PriceFileReader {
    /// The reader for `spx.csv` (Yahoo/Stooq OHLC or FRED `SP500`).
    static let spx = reader(for: .spx, layouts: ColumnLayout.spx, bounds: .spxPrice)

    /// The reader for `vix.csv` (Cboe/Yahoo OHLC, FRED `VIXCLS` or `Date,vix`).
    static let vix = reader(for: .vix, layouts: ColumnLayout.vix, bounds: .vixLevel)

    private static func reader(
        for file: MarketDataFile, layouts: [ColumnLayout], bounds: ValueBounds
    ) -> DatedFileReader<Double> {
        DatedFileReader(file: file, layouts: layouts) { row in closeOfRow(&row, bounds: bounds) }
    }

    /// Reads a row's close and checks the OHLC prices that are present.
    private static func closeOfRow(_ row: inout RowReader, bounds: ValueBounds) -> Double? {
        _ = row.number(.open, within: bounds, allowMissing: true)
        let high = row.number(.high, within: bounds, allowMissing: true)
        let low = row.number(.low, within: bounds, allowMissing: true)
        let close = row.number(.close, within: bounds)
        if case .value(let highValue) = high, case .value(let lowValue) = low {
            // Names and texts are looked up only for a message, not for every valid row.
            if highValue < lowValue {
                let highName = row.header.name(of: .high), lowName = row.header.name(of: .low)
                let highText = row.text(.high) ?? "", lowText = row.text(.low) ?? ""
                row.report(.high, "expected \(highName) >= \(lowName) (\(lowText)), found \(highText)")
            } else if case .value(let closeValue) = close, closeValue < lowValue || closeValue > highValue {
                let highName = row.header.name(of: .high), lowName = row.header.name(of: .low)
                let highText = row.text(.high) ?? "", lowText = row.text(.low) ?? ""
                let closeName = row.header.name(of: .close)
                row.report(
                    .close,
                    "expected \(closeName) within [\(lowName), \(highName)] = [\(lowText), \(highText)], "
                        + "found \(row.text(.close) ?? "")")
            }
        }
        guard case .value(let closeValue) = close, row.problems.isEmpty else { return nil }
        return closeValue
    }
}
