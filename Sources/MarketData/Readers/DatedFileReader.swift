/// Reads one dated CSV file: matches its header, then parses and checks its rows one at a time.
///
/// The file-specific part (which columns make a row and what makes it valid) is the `parseRow`
/// closure; everything shared by all input files lives here: empty files, header layouts, field
/// counts, dates, rows with no value, duplicate and out-of-order dates, and lenient mode.
///
/// Rows are streamed from a ``CSVRowStream``: only the rows that pass are kept, and problems past
/// ``IssueCap/limit`` are counted, not stored, so memory is bounded by the number of valid rows
/// (at most one per date of the calendar's years, or ``maximumRows``) whatever the file's size.
struct DatedFileReader<Value: Sendable>: Sendable {
    /// Which file is read.
    var file: MarketDataFile
    /// The header layouts the file may use.
    var layouts: [ColumnLayout]
    /// True when dates must increase strictly from row to row (false for events, which may share a
    /// date and are sorted afterwards).
    var requiresDateOrder = true
    /// True when a header with no rows below it is fine (an empty event calendar).
    var allowsNoRows = false
    /// The most data rows read; a file with more is refused. Nil when dates must increase, which
    /// bounds the rows by the calendar's years.
    var maximumRows: Int?
    /// Reads the values of one row, recording problems on the reader; nil when the row is unusable.
    var parseRow: @Sendable (inout RowReader) -> Value?

    /// Reads `text`, the whole file.
    func read(_ text: String, lenient: Bool) -> DatedFile<Value> {
        read(CSVRowStream(text: text), lenient: lenient)
    }

    /// Reads the rows of `stream` to its end.
    ///
    /// Row problems (bad field, duplicate date) are errors, or with `lenient` warnings that end in
    /// `; row skipped`. Structural problems (empty file, header, date order, input that ends early)
    /// are always errors. A row whose value columns hold no value (see ``MissingValue``) is counted
    /// in ``DatedFile/noValue`` and reported in one note.
    /// - Complexity: O(n) in the number of rows; memory O(valid rows).
    func read(_ stream: CSVRowStream, lenient: Bool) -> DatedFile<Value> {
        let name = file.fileName
        var result = DatedFile<Value>(file: file)
        guard let headerRow = stream.next() else {
            result.issues.append(stream.missingHeaderIssue(file: name))
            return result
        }
        let (resolved, headerIssues) = ResolvedHeader.resolve(headerRow, layouts: layouts, file: name)
        guard let header = resolved else {
            let cap = IssueCap.capping(headerIssues)
            result.issues = cap.kept
            result.droppedErrors = cap.droppedErrors
            return result
        }
        result.header = header
        if let note = header.ignoredColumnsNote(file: name) { result.notes.append(note) }

        var structural: [DataIssue] = []
        var rowIssues = IssueCap()
        var order = DateOrder(file: name, column: header.name(of: .date))
        let valueRoles = header.layout.valueColumns.map(\.role)
        var rowCount = 0
        while let row = stream.next() {
            rowCount += 1
            if let maximumRows, rowCount > maximumRows {
                structural.append(
                    DataIssue(
                        file: name, line: nil,
                        message: "stopped reading at line \(row.line): expected at most "
                            + "\(Counting.phrase(maximumRows, "row", "rows")), found more"))
                break
            }
            var candidate: Candidate
            switch readRow(row, header: header, valueRoles: valueRoles) {
            case .noValue(let date):
                result.noValue.record(date)
                continue
            case .candidate(let read):
                candidate = read
            }
            if requiresDateOrder, let date = candidate.date {
                if let duplicate = order.check(date, line: candidate.line) {
                    candidate.problems.insert(duplicate, at: 0)
                }
            }
            if candidate.problems.isEmpty, let date = candidate.date, let value = candidate.value {
                // Once the order is broken the file is refused, so its rows are no longer kept.
                if !order.isBroken { result.rows.append(DatedRow(line: candidate.line, date: date, value: value)) }
            } else if lenient {
                result.rowsSkipped += 1
                for problem in candidate.problems { rowIssues.add(problem.skippedRowWarning) }
            } else {
                result.rowsWithErrors += 1
                for problem in candidate.problems { rowIssues.add(problem) }
            }
        }
        if let stop = stream.stop { structural.append(stop.issue(file: file.fileName)) }
        if rowCount == 0 && !allowsNoRows && stream.stop == nil {
            structural.append(.noDataRows(file: name, headerLine: headerRow.line))
        }
        let orderIssues = order.finish()
        var merged = rowIssues.kept + orderIssues.kept
        merged.sortByLine()
        let cap = IssueCap.capping(
            merged, droppedErrors: rowIssues.droppedErrors + orderIssues.droppedErrors,
            droppedWarnings: rowIssues.droppedWarnings)
        result.issues = structural + cap.kept
        result.issues.sortByLine()
        result.droppedErrors = cap.droppedErrors
        result.droppedWarnings = cap.droppedWarnings
        if let note = result.noValue.note(file: name) { result.notes.append(note) }
        return result
    }

    /// What one data row turned out to be.
    private enum RowOutcome {
        /// A row with a value, or with problems.
        case candidate(Candidate)
        /// A row whose value columns hold no value: no data that day.
        case noValue(CalendarDate)
    }

    /// Reads one data row: its field count, its date, then the file-specific values.
    private func readRow(_ row: CSVTable.Row, header: ResolvedHeader, valueRoles: [ColumnRole]) -> RowOutcome {
        guard row.fields.count == header.fieldCount else {
            let problem = DataIssue(
                file: file.fileName, line: row.line,
                message: "expected \(header.fieldCount) fields as in the header, found \(row.fields.count)")
            return .candidate(Candidate(line: row.line, date: nil, value: nil, problems: [problem]))
        }
        var reader = RowReader(row: row, header: header, file: file.fileName)
        let date = reader.date()
        for role in valueRoles where reader.isMissing(role) {
            if let date { return .noValue(date) }
            return .candidate(Candidate(line: row.line, date: nil, value: nil, problems: reader.problems))
        }
        let value = parseRow(&reader)
        return .candidate(Candidate(line: row.line, date: date, value: value, problems: reader.problems))
    }

    /// One data row on its way through validation.
    private struct Candidate {
        var line: Int
        var date: CalendarDate?
        var value: Value?
        var problems: [DataIssue]
    }
}

extension Array where Element == DataIssue {
    /// Sorts issues by line, whole-file issues first, keeping the order of issues on the same line.
    mutating func sortByLine() {
        let ordered = enumerated().sorted { lhs, rhs in
            let left = lhs.element.line ?? 0, right = rhs.element.line ?? 0
            return left != right ? left < right : lhs.offset < rhs.offset
        }
        self = ordered.map(\.element)
    }
}
