/// Where one input file's bytes come from: text held in memory, or a file read as a stream.
enum FileInput: Sendable {
    /// The whole text, e.g. from ``MarketDataLoader/load(contents:lenient:)``.
    case text(String)
    /// A file on disk, read in chunks.
    case path(String)
    /// A folder where a file was expected.
    case folder

    /// The rows of the input; none, ending as unreadable, for a folder.
    func rows() -> CSVRowStream {
        switch self {
        case .text(let text): return CSVRowStream(text: text)
        case .path(let path): return CSVRowStream(path: path)
        case .folder: return CSVRowStream(unreadable: ())
        }
    }
}

/// The bookkeeping of one load: which files were read, and the issues and notes they produced.
struct LoadRun {
    /// The inputs supplied, by file.
    let inputs: [MarketDataFile: FileInput]
    /// Whether row problems become warnings.
    let lenient: Bool
    /// Issues in the order found.
    private(set) var issues: [DataIssue] = []
    /// Notes in the order files were read.
    private(set) var notes: [DataNote] = []
    /// A description of each file read.
    private(set) var sources: [DataSource] = []
    /// Per file name: errors and warnings found but not kept, and rows with errors.
    private var dropped: [String: (errors: Int, warnings: Int, rowsWithErrors: Int)] = [:]

    /// Creates the bookkeeping for a set of inputs.
    init(inputs: [MarketDataFile: FileInput], lenient: Bool) {
        self.inputs = inputs
        self.lenient = lenient
    }

    /// The rows and issues of `reader`'s file among `inputs`, or nil when it was not supplied or
    /// is a folder: the reading alone, without bookkeeping, so files can be read at the same time
    /// (``ParsedFiles``).
    static func parse<Value>(
        _ reader: DatedFileReader<Value>, from inputs: [MarketDataFile: FileInput], lenient: Bool
    ) -> DatedFile<Value>? {
        guard let input = inputs[reader.file] else { return nil }
        if case .folder = input { return nil }
        return reader.read(input.rows(), lenient: lenient)
    }

    /// Takes in what ``parse(_:from:lenient:)`` gave for `reader`'s file: its issues, notes and
    /// source; a missing required file is an error, a missing optional file a note, a folder an error.
    /// - Returns: `parsed`.
    mutating func take<Value>(_ parsed: DatedFile<Value>?, from reader: DatedFileReader<Value>) -> DatedFile<Value>? {
        let file = reader.file
        guard let input = inputs[file] else {
            if file.isRequired {
                let expected = reader.layouts.map(\.synopsis).joined(separator: " or ")
                issues.append(
                    DataIssue(
                        file: file.fileName, line: nil,
                        message: "missing required file: expected a CSV file with a header like \(expected)"))
            } else {
                notes.append(DataNote("\(file.fileName): not supplied (optional)"))
            }
            return nil
        }
        guard !isFolder(input, file: file.fileName), let result = parsed else { return nil }
        record(
            file: file.fileName, issues: result.issues, notes: result.notes,
            counts: (result.droppedErrors, result.droppedWarnings, result.rowsWithErrors),
            rowsSkipped: result.rowsSkipped)
        if let layout = result.layout {
            sources.append(
                DataSource(
                    file: file, layout: layout.name, rowCount: result.rows.count,
                    firstDate: result.rows.map(\.date).min(), lastDate: result.rows.map(\.date).max()))
        }
        return result
    }

    /// The rows of a supplied input, or nil (and an error) when it is a folder.
    private mutating func rows(of input: FileInput, file: String) -> CSVRowStream? {
        isFolder(input, file: file) ? nil : input.rows()
    }

    /// Whether `input` is a folder, recording the error when it is.
    private mutating func isFolder(_ input: FileInput, file: String) -> Bool {
        guard case .folder = input else { return false }
        issues.append(DataIssue(file: file, line: nil, message: "expected a CSV file, found a folder"))
        return true
    }

    /// Takes in what a reader found in `file`: its issues and notes, the issues it only counted,
    /// the rows with errors, and a note for the rows `--lenient` skipped.
    private mutating func record(
        file: String, issues more: [DataIssue], notes remarks: [String],
        counts: (errors: Int, warnings: Int, rowsWithErrors: Int), rowsSkipped: Int
    ) {
        issues += more
        notes += remarks.map { DataNote($0) }
        dropped[file] = counts
        if rowsSkipped > 0 {
            notes.append(
                DataNote(
                    "\(file): \(Counting.phrase(rowsSkipped, "row", "rows")) with errors skipped",
                    reason: .rowsSkipped(count: rowsSkipped)))
        }
    }

    /// Adds issues found outside the readers (plausibility warnings, file system problems).
    mutating func add(_ more: [DataIssue]) {
        issues += more
    }

    /// Adds a note found outside the readers.
    mutating func addNote(_ note: String) {
        notes.append(DataNote(note))
    }

    /// Every issue, ordered by file (in ``MarketDataFile`` order, other names first) then by line,
    /// each file's capped and closed by its summary lines.
    ///
    /// The readers keep at most ``IssueCap/limit`` row errors per file; warnings (skipped rows,
    /// plausibility) are capped here. A file's issues end with `and N more errors`, `and N more
    /// warnings` when some were not kept, then, when rows had errors, one line counting them whose
    /// ``DataIssue/Reason/rowsWithErrors(count:)`` lets the caller say how to skip them.
    func orderedIssues() -> [DataIssue] {
        let rank = Dictionary(uniqueKeysWithValues: MarketDataFile.allCases.enumerated().map { ($1.fileName, $0) })
        var byFile: [String: [DataIssue]] = [:]
        for issue in issues { byFile[issue.file, default: []].append(issue) }
        let names = Set(byFile.keys).union(dropped.keys).sorted { (rank[$0] ?? -1, $0) < (rank[$1] ?? -1, $1) }
        var ordered: [DataIssue] = []
        for name in names {
            var fileIssues = byFile[name] ?? []
            fileIssues.sortByLine()
            let counts = dropped[name] ?? (0, 0, 0)
            var kept: [DataIssue] = []
            var warnings = IssueCap()
            for issue in fileIssues {
                if issue.isError { kept.append(issue) } else { warnings.add(issue) }
            }
            warnings.addDropped(errors: counts.errors, warnings: counts.warnings)
            kept += warnings.kept
            kept.sortByLine()
            ordered += kept + warnings.summaries(file: name)
            if counts.rowsWithErrors > 0 {
                ordered.append(
                    DataIssue(
                        file: name, line: nil,
                        message: "\(Counting.phrase(counts.rowsWithErrors, "row", "rows")) with errors; fix them",
                        reason: .rowsWithErrors(count: counts.rowsWithErrors)))
            }
        }
        return ordered
    }
}

extension LoadRun {
    /// Reads `chain.csv` with `reader`; its issues and notes join the run's, capped like the others.
    /// - Returns: The quotes kept, or nil when the file had errors.
    mutating func readChain(_ input: FileInput, reader: OptionChainReader) -> OptionChain? {
        let name = OptionChainReader.fileName
        guard let rows = rows(of: input, file: name) else { return nil }
        let result = reader.read(rows, lenient: lenient)
        record(
            file: name, issues: result.issues, notes: result.notes,
            counts: (result.droppedErrors, result.droppedWarnings, result.rowsWithErrors),
            rowsSkipped: result.rowsSkipped)
        return result.issues.contains(where: \.isError) ? nil : result.chain
    }
}
