import CSV

/// A CSV file split into its header and data rows, each row tagged with its physical line.
///
/// Parsing is done by yaslab's `CSVReader` (comma separator, optional double quotes, LF or CRLF).
/// On top of it this type strips a UTF-8 byte order mark, drops blank rows (so trailing blank
/// lines are harmless) and keeps the 1-based line number on which each row starts, counting the
/// line breaks inside quoted fields, so that messages point at the right line of the file.
struct CSVTable: Sendable, Equatable {
    /// One row of fields and the line it starts on.
    struct Row: Sendable, Equatable {
        /// The 1-based physical line on which the row starts.
        var line: Int
        /// The fields, trimmed of surrounding spaces.
        var fields: [String]
    }

    /// The first non-blank row, or nil when the file has no content at all.
    var header: Row?
    /// Every later non-blank row, in file order.
    var rows: [Row]

    /// Splits `text` into rows.
    ///
    /// - Complexity: O(n) in the length of the text.
    init(text: String) {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" {
            body = Substring(body.unicodeScalars.dropFirst())
        }
        var header: Row?
        var rows: [Row] = []
        // The initializer only throws when a header row is requested, which it is not here.
        // Fields are trimmed here rather than by CSVReader's `trimFields`, whose Foundation-based
        // trimming took most of the parse time.
        if let reader = try? CSVReader(string: String(body), hasHeaderRow: false, trimFields: false) {
            var line = 1
            while let rawFields = reader.next() {
                let fields = rawFields.map(CSVTable.trimmed)
                let row = Row(line: line, fields: fields)
                line += 1 + rawFields.reduce(0) { $0 + CSVTable.lineBreakCount(in: $1) }
                if fields.allSatisfy(\.isEmpty) { continue }
                if header == nil { header = row } else { rows.append(row) }
            }
        }
        self.header = header
        self.rows = rows
    }

    /// The field without surrounding spaces and tabs; the untouched field when it has none (the
    /// common case, checked without copying).
    private static func trimmed(_ field: String) -> String {
        let scalars = field.unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
            first == " " || first == "\t" || last == " " || last == "\t"
        else { return field }
        return String(field.trimmingSpaces())
    }

    /// The number of line breaks (LF, CRLF or a lone CR) inside a quoted field.
    private static func lineBreakCount(in field: String) -> Int {
        var count = 0
        var previousWasCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { count += 1 }
                previousWasCR = false
            } else if scalar == "\r" {
                count += 1
                previousWasCR = true
            } else {
                previousWasCR = false
            }
        }
        return count
    }
}
