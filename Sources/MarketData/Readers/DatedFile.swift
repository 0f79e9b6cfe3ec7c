/// A value read from one data row, with the row's date and line.
struct DatedRow<Value: Sendable>: Sendable {
    /// The physical line of the row.
    var line: Int
    /// The row's date.
    var date: CalendarDate
    /// What the row says.
    var value: Value
}

/// What reading one input file produced: the usable rows and everything worth telling about it.
struct DatedFile<Value: Sendable>: Sendable {
    /// Which file this is.
    var file: MarketDataFile
    /// The header as matched to a layout, or nil when the header (or the whole file) was refused.
    var header: ResolvedHeader?
    /// The rows that passed validation, in file order.
    var rows: [DatedRow<Value>] = []
    /// Errors and warnings, in line order.
    var issues: [DataIssue] = []
    /// Plain remarks for the run's notes (ignored columns, rows with no value).
    var notes: [String] = []

    /// The layout the header matched, if any.
    var layout: ColumnLayout? { header?.layout }

    /// True when the file produced at least one error.
    var hasErrors: Bool { issues.contains(where: \.isError) }
}
