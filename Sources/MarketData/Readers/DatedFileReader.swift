/// Reads one dated CSV file: matches its header, parses every row and checks the date order.
///
/// The file-specific part (which columns make a row and what makes it valid) is the `parseRow`
/// closure; everything shared by all input files lives here: empty files, header layouts, field
/// counts, dates, FRED's "no value" rows, duplicate and out-of-order dates, and lenient mode.
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
    /// Reads the values of one row, recording problems on the reader; nil when the row is unusable.
    var parseRow: @Sendable (inout RowReader) -> Value?

    /// Reads `text`, the whole file.
    ///
    /// Row problems (bad field, duplicate date) are errors, or with `lenient` warnings that end in
    /// `; row skipped`. Structural problems (empty file, header, date order) are always errors.
    /// - Complexity: O(n) in the number of rows.
    func read(_ text: String, lenient: Bool) -> DatedFile<Value> {
        let name = file.fileName
        var result = DatedFile<Value>(file: file)
        let table = CSVTable(text: text)
        guard let headerRow = table.header else {
            result.issues.append(
                DataIssue(
                    file: name, line: nil, message: "empty file: expected a header row and at least one data row"))
            return result
        }
        let (resolved, headerIssues) = ResolvedHeader.resolve(headerRow, layouts: layouts, file: name)
        guard let header = resolved else {
            result.issues = headerIssues
            return result
        }
        result.header = header
        if !header.ignoredColumns.isEmpty {
            result.notes.append("\(name): ignored columns \(header.ignoredColumns.joined(separator: ", "))")
        }
        if table.rows.isEmpty && !allowsNoRows {
            result.issues.append(
                DataIssue(
                    file: name, line: headerRow.line,
                    message: "empty file: expected at least one data row below the header, found none"))
            return result
        }

        var candidates: [Candidate] = []
        candidates.reserveCapacity(table.rows.count)
        result.rows.reserveCapacity(table.rows.count)
        var noValueDates: [CalendarDate] = []
        for row in table.rows {
            switch readRow(row, header: header) {
            case .candidate(let candidate): candidates.append(candidate)
            case .noValue(let date): noValueDates.append(date)
            }
        }
        result.issues += checkDates(of: &candidates, header: header)
        for candidate in candidates {
            if candidate.problems.isEmpty, let date = candidate.date, let value = candidate.value {
                result.rows.append(DatedRow(line: candidate.line, date: date, value: value))
            } else {
                result.issues += lenient ? candidate.problems.map(Self.skippedRowWarning) : candidate.problems
            }
        }
        if let first = noValueDates.first {
            let rows = noValueDates.count == 1 ? "1 row" : "\(noValueDates.count) rows"
            result.notes.append("\(name): \(rows) with no value (\".\" or empty) skipped (first \(first))")
        }
        result.issues.sortByLine()
        return result
    }

    /// What one data row turned out to be.
    private enum RowOutcome {
        /// A row with a value, or with problems.
        case candidate(Candidate)
        /// A FRED row with `.` or nothing for its value: no data that day.
        case noValue(CalendarDate)
    }

    /// Reads one data row: its field count, its date, then the file-specific values.
    private func readRow(_ row: CSVTable.Row, header: ResolvedHeader) -> RowOutcome {
        guard row.fields.count == header.fieldCount else {
            let problem = DataIssue(
                file: file.fileName, line: row.line,
                message: "expected \(header.fieldCount) fields as in the header, found \(row.fields.count)")
            return .candidate(Candidate(line: row.line, date: nil, value: nil, problems: [problem]))
        }
        var reader = RowReader(row: row, header: header, file: file.fileName)
        let date = reader.date()
        if header.layout.blankMeansNoValue, isNoValue(row: reader) {
            if let date { return .noValue(date) }
            return .candidate(Candidate(line: row.line, date: nil, value: nil, problems: reader.problems))
        }
        let value = parseRow(&reader)
        return .candidate(Candidate(line: row.line, date: date, value: value, problems: reader.problems))
    }

    /// A row problem restated as the warning lenient mode gives when it skips the row.
    private static func skippedRowWarning(_ problem: DataIssue) -> DataIssue {
        var warning = problem
        warning.severity = .warning
        warning.message += "; row skipped"
        return warning
    }

    /// One data row on its way through validation.
    private struct Candidate {
        var line: Int
        var date: CalendarDate?
        var value: Value?
        var problems: [DataIssue]
    }

    /// True when every value column of a FRED row holds `.` or nothing.
    private func isNoValue(row: RowReader) -> Bool {
        row.header.layout.columns.filter { $0.role != .date && $0.isRequired }.allSatisfy { spec in
            let text = row.text(spec.role) ?? ""
            return text.isEmpty || text == "."
        }
    }

    /// Checks that dates increase, adding duplicate-date problems to rows and returning order errors.
    ///
    /// A file sorted newest first (three dated rows or more) is one problem, reported once;
    /// otherwise each row dated before the row above it is reported. A date equal to an earlier
    /// row's date is a duplicate.
    private func checkDates(of candidates: inout [Candidate], header: ResolvedHeader) -> [DataIssue] {
        guard requiresDateOrder else { return [] }
        let name = file.fileName
        let column = header.name(of: .date)
        let dated = candidates.indices.filter { candidates[$0].date != nil }
        let dates = dated.compactMap { candidates[$0].date }
        if dates.count >= 3, zip(dates, dates.dropFirst()).allSatisfy({ $0 > $1 }) {
            let first = candidates[dated[0]], second = candidates[dated[1]]
            let message =
                "expected dates oldest first, found them newest first (\(dates[0]) on line \(first.line), "
                + "then \(dates[1])); sort the file by date"
            return [DataIssue(file: name, line: second.line, column: column, message: message)]
        }
        var issues: [DataIssue] = []
        var firstLineOfDate = FirstLineIndex(capacity: dated.count)
        var previous: (date: CalendarDate, line: Int)?
        for index in dated {
            guard let date = candidates[index].date else { continue }
            let line = candidates[index].line
            if let previous, date < previous.date {
                issues.append(
                    DataIssue(
                        file: name, line: line, column: column,
                        message: "expected a date after \(previous.date) (line \(previous.line)), found \(date)"))
            } else if let firstLine = firstLineOfDate.firstLine(of: date) {
                candidates[index].problems.insert(
                    DataIssue(
                        file: name, line: line, column: column,
                        message: "expected each date once, found \(date) again (first on line \(firstLine))"),
                    at: 0)
            } else {
                firstLineOfDate.record(date, line: line)
            }
            previous = (date, line)
        }
        return issues
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
