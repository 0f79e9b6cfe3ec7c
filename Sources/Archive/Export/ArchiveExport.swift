import Strategy

/// The archive's downloadable text exports, `archive/outcomes.csv` and `archive/outcomes.json`.
///
/// Both hold exactly the rows of the `day_outcome` table (pass ``OutcomeArchive/allRows(profile:)``),
/// in the given order (the archive's: date, then steward, promoter, static), one row per session
/// and profile, with the columns of ``OutcomeColumn/all`` in table order. Formatting is
/// deterministic: no locale, each number with its column's fixed decimals, no exponent, no `-0`,
/// `\n` line ends and a trailing newline.
///
/// - CSV: a header line of column names, then one line per row; fields holding a comma, a double
///   quote or a line break are quoted as in RFC 4180 (inner quotes doubled); NULL is an empty
///   field; booleans are `true`/`false`; JSON-array columns hold their JSON text.
/// - JSON: an array with one object per row, one object per line, keys in column order; NULL is
///   `null`; JSON-array columns (`upcoming_events`, `explanations`) are embedded as arrays.
///
/// The column reference for readers is ``columnsMarkdown``.
public enum ArchiveExport {
    /// Where the site publishes the CSV, relative to the output root.
    public static let csvPath = "archive/outcomes.csv"
    /// Where the site publishes the JSON, relative to the output root.
    public static let jsonPath = "archive/outcomes.json"
    /// Where the site publishes the SQLite archive, relative to the output root.
    public static let sqlitePath = "archive/outcomes.sqlite"

    /// The CSV text of the rows.
    ///
    /// - Parameter rows: Rows in the order to write them (normally ``OutcomeArchive/allRows(profile:)``).
    /// - Returns: Header and rows, each line ending in `\n`.
    /// - Complexity: O(rows × columns).
    public static func csv(_ rows: [DayOutcomeRow]) -> String {
        let columns = OutcomeColumn.all
        var out = columns.map(\.name).joined(separator: ",") + "\n"
        for row in rows {
            out += columns.map { CSVField.quoted(csvText($0.format, $0.value(row))) }.joined(separator: ",")
            out += "\n"
        }
        return out
    }

    /// The JSON text of the rows.
    ///
    /// - Parameter rows: Rows in the order to write them.
    /// - Returns: `[`, one object per line separated by commas, `]`, and a final `\n`.
    public static func json(_ rows: [DayOutcomeRow]) -> String {
        guard !rows.isEmpty else { return "[]\n" }
        let columns = OutcomeColumn.all
        let objects = rows.map { row in
            JSONText.object(columns.map { ($0.name, jsonToken($0.format, $0.value(row))) })
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// The text of one value in the CSV (empty for NULL).
    static func csvText(_ format: OutcomeColumn.Format, _ value: OutcomeColumn.Value) -> String {
        switch value {
        case .text(let text): return text ?? ""
        case .integer(let number): return number.map(String.init) ?? ""
        case .boolean(let flag): return flag.map { $0 ? "true" : "false" } ?? ""
        case .number(let number):
            guard let number else { return "" }
            return NumberText.fixed(number, places: places(format))
        }
    }

    /// The JSON token of one value (`null` for NULL).
    static func jsonToken(_ format: OutcomeColumn.Format, _ value: OutcomeColumn.Value) -> String {
        switch value {
        case .text(let text):
            guard let text else { return "null" }
            return format == .json ? text : JSONText.string(text)
        case .integer(let number): return number.map(String.init) ?? "null"
        case .boolean(let flag): return flag.map { $0 ? "true" : "false" } ?? "null"
        case .number(let number):
            guard let number else { return "null" }
            return NumberText.fixed(number, places: places(format))
        }
    }

    private static func places(_ format: OutcomeColumn.Format) -> Int {
        if case .decimal(let places) = format { return places }
        return 6
    }
}
