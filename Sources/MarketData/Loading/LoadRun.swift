/// The bookkeeping of one load: which files were read, and the issues and notes they produced.
struct LoadRun {
    /// The file texts supplied, by file.
    let texts: [MarketDataFile: String]
    /// Whether row problems become warnings.
    let lenient: Bool
    /// Files that exist but could not be read; their problem is already among the read issues.
    let unreadable: Set<MarketDataFile>
    /// Issues in the order found.
    private(set) var issues: [DataIssue] = []
    /// Notes in the order files were read.
    private(set) var notes: [String] = []
    /// A description of each file read.
    private(set) var sources: [DataSource] = []

    /// Creates the bookkeeping for a set of texts.
    init(texts: [MarketDataFile: String], unreadable: Set<MarketDataFile>, lenient: Bool) {
        self.texts = texts
        self.unreadable = unreadable
        self.lenient = lenient
    }

    /// Reads one file when it was supplied; a missing required file is an error, a missing optional
    /// file a note, and an unreadable file is skipped (its problem was reported when reading it).
    /// - Returns: The file's rows and issues, or nil when it was not supplied.
    mutating func read<Value>(_ reader: DatedFileReader<Value>) -> DatedFile<Value>? {
        let file = reader.file
        guard let text = texts[file] else {
            if unreadable.contains(file) {
                return nil
            } else if file.isRequired {
                let expected = reader.layouts.map(\.synopsis).joined(separator: " or ")
                issues.append(
                    DataIssue(
                        file: file.fileName, line: nil,
                        message: "missing required file: expected a CSV file with a header like \(expected)"))
            } else {
                notes.append("\(file.fileName): not supplied (optional)")
            }
            return nil
        }
        let result = reader.read(text, lenient: lenient)
        issues += result.issues
        notes += result.notes
        if let layout = result.layout {
            sources.append(
                DataSource(
                    file: file, layout: layout.name, rowCount: result.rows.count,
                    firstDate: result.rows.map(\.date).min(), lastDate: result.rows.map(\.date).max()))
        }
        return result
    }

    /// Adds issues found outside the readers (plausibility warnings, file system problems).
    mutating func add(_ more: [DataIssue]) {
        issues += more
    }

    /// Every issue, ordered by file (in ``MarketDataFile`` order, other names first) then by line.
    func orderedIssues() -> [DataIssue] {
        let rank = Dictionary(uniqueKeysWithValues: MarketDataFile.allCases.enumerated().map { ($1.fileName, $0) })
        return issues.enumerated().sorted { lhs, rhs in
            let left = (rank[lhs.element.file] ?? -1, lhs.element.line ?? 0)
            let right = (rank[rhs.element.file] ?? -1, rhs.element.line ?? 0)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
