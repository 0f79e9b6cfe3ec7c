/// The reader for `events.csv` (`Date,Event[,Kind]`).
///
/// Several events may share a date and rows may come in any order (the loader sorts them by date,
/// then name). A missing or empty Kind means `OTHER`; Kind is matched case-insensitively.
enum EventsFileReader {
    /// The reader.
    static let reader = DatedFileReader<(name: String, kind: EventKind)>(
        file: .events, layouts: ColumnLayout.events, requiresDateOrder: false, allowsNoRows: true
    ) { row in
        let name = row.text(.event) ?? ""
        if name.isEmpty { row.report(.event, "expected an event name, found an empty field") }
        let kindText = row.text(.kind) ?? ""
        let kind = kindText.isEmpty ? EventKind.other : EventKind(rawValue: kindText.uppercased())
        if kind == nil {
            let accepted = EventKind.allCases.map(\.rawValue).joined(separator: ", ")
            row.report(.kind, "expected one of \(accepted), found \(RowReader.quoted(kindText))")
        }
        guard let kind, row.problems.isEmpty else { return nil }
        return (name, kind)
    }
}
