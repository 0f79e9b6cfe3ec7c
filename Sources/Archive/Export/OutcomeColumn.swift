import MarketData

/// One column of the `day_outcome` table and of its CSV and JSON exports: name, type, meaning.
public struct OutcomeColumn: Sendable {
    /// How a column's values are written.
    public enum Format: Sendable, Hashable {
        /// ISO 8601 date text (`2024-03-15`).
        case date
        /// Plain text.
        case text
        /// Text holding a JSON array; the JSON export embeds it as an array rather than a string.
        case json
        /// A whole number.
        case integer
        /// A number with exactly this many decimals, no exponent, no `-0`.
        case decimal(places: Int)
        /// `true` or `false` (stored as 1 or 0 in SQLite).
        case boolean

        /// The type as the column reference names it (`decimal (2 places)`).
        public var name: String {
            switch self {
            case .date: return "date"
            case .text: return "text"
            case .json: return "JSON array"
            case .integer: return "integer"
            case .decimal(let places): return "decimal (\(places) places)"
            case .boolean: return "boolean"
            }
        }
    }

    /// A value of a row in this column, before formatting.
    enum Value {
        /// A date, written as ISO 8601 text.
        case date(CalendarDate?)
        case text(String?)
        case integer(Int?)
        case number(Double?)
        case boolean(Bool?)
    }

    /// The column name, the same in SQLite, the CSV header and the JSON keys.
    public let name: String
    /// How values are written.
    public let format: Format
    /// True when the column can be NULL (empty in the CSV, `null` in the JSON).
    public let nullable: Bool
    /// What the column holds, with its unit.
    public let summary: String
    /// The row field the column holds.
    let key: DayOutcomeRow.CodingKeys

    init(_ key: DayOutcomeRow.CodingKeys, _ format: Format, nullable: Bool = false, _ summary: String) {
        self.key = key
        self.name = key.rawValue
        self.format = format
        self.nullable = nullable
        self.summary = summary
    }

    /// The row's value in this column.
    func value(_ row: DayOutcomeRow) -> Value {
        row.value(of: key)
    }
}

extension OutcomeColumn {
    /// The fields of ``all``, in table order.
    private static let keys = all.map(\.key)

    /// Calls `body` with the index (in ``all``) and the value of every column of a row, in order.
    ///
    /// Only the columns' keys are read, so no column is copied (a copy retains its name and
    /// summary): the exports and the inserts keep what else they need in arrays indexed like ``all``.
    /// - Parameters:
    ///   - row: The row to read.
    ///   - body: Called with the column's index and its value in `row`.
    @inline(__always)
    static func forEachValue(in row: DayOutcomeRow, _ body: (_ index: Int, _ value: Value) -> Void) {
        keys.withUnsafeBufferPointer { keys in
            for index in keys.indices {
                body(index, row.value(of: keys[index]))
            }
        }
    }
}
