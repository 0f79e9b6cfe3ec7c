/// A header row matched to one of a file's layouts: which field holds which column.
struct ResolvedHeader: Sendable {
    /// The layout the header matched.
    var layout: ColumnLayout
    /// The line of the header row.
    var line: Int
    /// The number of fields in the header row; every data row must have as many.
    var fieldCount: Int
    /// The field index of each column found.
    var indices: [ColumnRole: Int]
    /// Each column found, spelled as in the file (used in messages).
    var names: [ColumnRole: String]
    /// Non-empty header fields that no column of the layout uses, spelled as in the file.
    var ignoredColumns: [String]

    /// The note listing the header fields no column uses (the first ten), or nil when there are none.
    func ignoredColumnsNote(file: String) -> String? {
        guard !ignoredColumns.isEmpty else { return nil }
        let ignored = ignoredColumns.prefix(10).joined(separator: ", ")
        let more = ignoredColumns.count > 10 ? " and \(ignoredColumns.count - 10) more" : ""
        return "\(file): ignored columns \(ignored)\(more)"
    }

    /// The column's name as written in the file, or the layout's spelling when it is absent.
    func name(of role: ColumnRole) -> String {
        names[role] ?? layout.columns.first { $0.role == role }?.name ?? "\(role)"
    }

    /// Matches a header row against the layouts of `file`, or reports why it cannot be read.
    ///
    /// The layout recognising the most value columns wins (the first one listed on a tie). Header
    /// fields no layout column uses are ignored and listed in `ignoredColumns`; an empty header
    /// field is ignored silently.
    /// - Returns: The resolved header, or nil together with one issue per header problem.
    /// - Parameter normalize: how a header field is compared with the layouts' spellings (lowercased,
    ///   runs of spaces collapsed, unless given).
    static func resolve(
        _ header: CSVTable.Row, layouts: [ColumnLayout], file: String, normalize: (String) -> String = normalize
    ) -> (header: ResolvedHeader?, issues: [DataIssue]) {
        let normalized = header.fields.map(normalize)
        let scored = layouts.map { layout in
            (layout, normalized.filter { name in layout.spec(named: name).map { $0.role != .date } ?? false }.count)
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0,
            let layout = scored.first(where: { $0.1 == best.1 })?.0
        else {
            let expected = layouts.map(\.synopsis).joined(separator: " or ")
            let found = DisplayText.quoted(header.fields.joined(separator: ","))
            let issue = DataIssue(
                file: file, line: header.line, message: "unknown header \(found): expected \(expected)")
            return (nil, [issue])
        }

        var issues: [DataIssue] = []
        var indices: [ColumnRole: Int] = [:]
        var names: [ColumnRole: String] = [:]
        var ignored: [String] = []
        for (index, name) in normalized.enumerated() {
            let written = DisplayText.sanitized(header.fields[index])
            guard let spec = layout.spec(named: name) else {
                if !written.isEmpty { ignored.append(written) }
                continue
            }
            if let first = indices[spec.role] {
                issues.append(
                    DataIssue(
                        file: file, line: header.line, column: written,
                        message: "expected each column once, found it again (first as column \(first + 1))"))
                continue
            }
            indices[spec.role] = index
            names[spec.role] = written
        }
        for spec in layout.columns where spec.isRequired && indices[spec.role] == nil {
            issues.append(
                DataIssue(
                    file: file, line: header.line, column: spec.name,
                    message: "missing required column; expected a header like \(layout.synopsis)"))
        }
        guard issues.isEmpty else { return (nil, issues) }
        let resolved = ResolvedHeader(
            layout: layout, line: header.line, fieldCount: header.fields.count, indices: indices,
            names: names, ignoredColumns: ignored)
        return (resolved, [])
    }

    /// Lowercases a header field and collapses runs of spaces, so `Adj  Close` matches `adj close`.
    static func normalize(_ field: String) -> String {
        field.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
