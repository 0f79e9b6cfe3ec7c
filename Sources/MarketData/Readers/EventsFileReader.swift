/// The reader for `events.csv` (`Date,Event[,Kind]`).
///
/// Several events may share a date and rows may come in any order (the loader sorts them by date,
/// then name), so the file is capped at ``maximumRows`` rows instead of one per date. A missing
/// Event (see ``MissingValue``) makes a row with no value; a missing Kind means `OTHER`; Kind is
/// matched case-insensitively.
enum EventsFileReader {
    /// The most rows read: a real calendar has about fifty events a year, 3,000 for 1990–2050.
    static let maximumRows = 20_000

    /// The reader.
    static let reader = DatedFileReader<(name: String, kind: EventKind)>(
        file: .events, layouts: ColumnLayout.events, requiresDateOrder: false, allowsNoRows: true,
        maximumRows: maximumRows
    ) { row in
        let name = row.text(.event) ?? ""
        let kindText = row.text(.kind) ?? ""
        let kind = MissingValue.isMissing(kindText) ? EventKind.other : EventKind(rawValue: kindText.uppercased())
        if kind == nil {
            let accepted = EventKind.allCases.map(\.rawValue).joined(separator: ", ")
            row.report(.kind, "expected one of \(accepted), found \(RowReader.quoted(kindText))")
        }
        guard let kind, row.problems.isEmpty else { return nil }
        return (name, kind)
    }
}
