import Strategy

/// The archive's downloadable text exports, `archive/outcomes.csv` and `archive/outcomes.json`.
///
/// Both hold exactly the rows of the `day_outcome` table (pass ``OutcomeArchive/allRows(profile:)``),
/// in the given order (the archive's: date, then steward, promoter, static), one row per session
/// and profile, with the columns of ``StoredTable/dayOutcome`` (the schema's day table) in table order. Formatting is
/// deterministic: no locale, each number with its column's fixed decimals, no exponent, no `-0`,
/// `\n` line ends and a trailing newline.
///
/// - CSV: a header line of column names, then one line per row; fields holding a comma, a double
///   quote or a line break are quoted as in RFC 4180 (inner quotes doubled); NULL is an empty
///   field; booleans are `true`/`false`; JSON-array columns hold their JSON text.
/// - JSON: an array with one object per row, one object per line, keys in column order; NULL is
///   `null`; JSON-array columns (`upcoming_events`, `explanations`) are embedded as arrays.
///
/// The column reference for readers is Publishing's `ArchiveColumnsPage`, read from the same schema.
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
    /// - Complexity: O(rows × columns), written into one byte buffer.
    public static func csv(_ rows: [ArchiveRow]) -> String {
        String(decoding: csvBytes(rows), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``csv(_:)``, without the copy a `String` costs (16 MB for 36 years).
    public static func csvBytes(_ rows: [ArchiveRow]) -> [UInt8] {
        var buffer = TextBuffer(capacity: (rows.count + 1) * csvBytesPerRow)
        for (index, column) in columns.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer.append(csvField: column.name)
        }
        buffer.append(UInt8(ascii: "\n"))
        appendCSVLines(rows, to: &buffer)
        return buffer.bytes
    }

    /// The CSV lines of the rows without the header: appended to a file written by ``csv(_:)``
    /// for earlier rows, they give the file ``csv(_:)`` writes for all the rows.
    public static func csvLines(_ rows: [ArchiveRow]) -> String {
        var buffer = TextBuffer(capacity: rows.count * csvBytesPerRow)
        appendCSVLines(rows, to: &buffer)
        return buffer.text
    }

    private static func appendCSVLines(_ rows: [ArchiveRow], to buffer: inout TextBuffer) {
        let places = columnPlaces
        for row in rows {
            for (index, value) in row.values.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                buffer.append(csv: value, places: places[index])
            }
            buffer.append(UInt8(ascii: "\n"))
        }
    }

    /// The JSON text of the rows.
    ///
    /// - Parameter rows: Rows in the order to write them.
    /// - Returns: `[`, one object per line separated by commas, `]`, and a final `\n`.
    /// - Complexity: O(rows × columns), written into one byte buffer.
    public static func json(_ rows: [ArchiveRow]) -> String {
        String(decoding: jsonBytes(rows), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``json(_:)``, without the copy a `String` costs (37 MB for 36 years).
    public static func jsonBytes(_ rows: [ArchiveRow]) -> [UInt8] {
        guard !rows.isEmpty else { return Array("[]\n".utf8) }
        var buffer = TextBuffer(capacity: rows.count * jsonBytesPerRow)
        buffer.append("[\n")
        appendJSONObjects(rows, to: &buffer)
        buffer.append(jsonEnd)
        return buffer.bytes
    }

    /// How every non-empty ``json(_:)`` text ends.
    public static let jsonEnd = "\n]\n"

    /// What replaces the final ``jsonEnd`` of a non-empty ``json(_:)`` text of earlier rows to
    /// give the text ``json(_:)`` writes for all the rows: a comma, the objects, and the end.
    public static func jsonContinuation(_ rows: [ArchiveRow]) -> String {
        guard !rows.isEmpty else { return jsonEnd }
        var buffer = TextBuffer(capacity: rows.count * jsonBytesPerRow)
        buffer.append(",\n")
        appendJSONObjects(rows, to: &buffer)
        buffer.append(jsonEnd)
        return buffer.text
    }

    /// One object per row, separated by `,\n`.
    private static func appendJSONObjects(_ rows: [ArchiveRow], to buffer: inout TextBuffer) {
        let (keys, places) = (jsonKeys, columnPlaces)
        keys.bytes.withUnsafeBufferPointer { keyBytes in
            for (rowIndex, row) in rows.enumerated() {
                if rowIndex > 0 { buffer.append(",\n") }
                buffer.append(UInt8(ascii: "{"))
                for (index, value) in row.values.enumerated() {
                    if index > 0 { buffer.append(UInt8(ascii: ",")) }
                    buffer.append(UnsafeBufferPointer(rebasing: keyBytes[keys.ranges[index]]))
                    buffer.append(json: value, places: places[index])
                }
                buffer.append(UInt8(ascii: "}"))
            }
        }
    }

    /// The columns of both exports: the schema's `day_outcome` fields, in table order.
    static let columns = StoredTable.dayOutcome.columns
    /// The decimals of each column, by index.
    private static let columnPlaces = columns.map { places($0.type) }
    /// Every column's JSON key and colon (`"spot":`) back to back, and where each one lies, by index.
    private static let jsonKeys: (bytes: [UInt8], ranges: [Range<Int>]) = {
        var keys = TextBuffer()
        let ranges = columns.map { column in
            let start = keys.count
            keys.append(jsonString: column.name)
            keys.append(UInt8(ascii: ":"))
            return start..<keys.count
        }
        return (keys.bytes, ranges)
    }()

    /// Bytes reserved per CSV line: a little more than a line with an open condor and two events.
    private static let csvBytesPerRow = 768
    /// Bytes reserved per JSON object (the buffer grows past it for days with long explanations).
    private static let jsonBytesPerRow = 1_792

    /// The text of one value in the CSV before quoting (empty for NULL).
    static func csvText(_ type: FieldType, _ value: FieldValue) -> String {
        switch value {
        case .text(let text), .json(let text): return text
        default: break
        }
        var buffer = TextBuffer()
        buffer.append(csv: value, places: places(type))
        return buffer.text
    }

    /// The JSON token of one value (`null` for NULL).
    static func jsonToken(_ type: FieldType, _ value: FieldValue) -> String {
        var buffer = TextBuffer()
        buffer.append(json: value, places: places(type))
        return buffer.text
    }

    /// The decimals of a number in a column of this type (6 when the type has none).
    static func places(_ type: FieldType) -> Int {
        if case .decimal(let places) = type { return places }
        return 6
    }
}
