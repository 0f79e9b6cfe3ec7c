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
    /// Errors and warnings, in line order: at most ``IssueCap/limit`` of each severity.
    var issues: [DataIssue] = []
    /// Errors found beyond those kept in ``issues``.
    var droppedErrors = 0
    /// Warnings found beyond those kept in ``issues``.
    var droppedWarnings = 0
    /// Rows with a row error (bad field, duplicate date), each counted once.
    var rowsWithErrors = 0
    /// Rows skipped with a warning in lenient mode.
    var rowsSkipped = 0
    /// Rows with no value for their date, counted by kind of day.
    var noValue = NoValueTally()
    /// Plain remarks for the run's notes (ignored columns, rows with no value).
    var notes: [String] = []

    /// The layout the header matched, if any.
    var layout: ColumnLayout? { header?.layout }

    /// True when the file produced at least one error.
    var hasErrors: Bool { droppedErrors > 0 || issues.contains(where: \.isError) }
}
