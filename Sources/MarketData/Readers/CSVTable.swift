/// A CSV file split into its header and data rows, each row tagged with its physical line.
///
/// ``CSVScanner`` splits the text (comma separator, optional double quotes, LF, CRLF or CR, the
/// rules of yaslab's `CSVReader`). On top of it this type strips a UTF-8 byte order mark, drops
/// blank rows (so trailing blank lines are harmless) and keeps the 1-based line number on which
/// each row starts, counting the line breaks inside quoted fields, so that messages point at the
/// right line of the file.
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
        let bytes = Array(text.utf8)
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var scanner = CSVScanner(bytes: bytes, start: bytes.starts(with: byteOrderMark) ? 3 : 0)
        var header: Row?
        var rows: [Row] = []
        var line = 1
        while let raw = scanner.nextRow() {
            var fields = raw.fields
            for index in fields.indices where CSVTable.needsTrimming(fields[index]) {
                fields[index] = String(fields[index].trimmingSpaces())
            }
            let row = Row(line: line, fields: fields)
            line += 1 + raw.lineBreaksInside
            if fields.allSatisfy(\.isEmpty) { continue }
            if header == nil { header = row } else { rows.append(row) }
        }
        self.header = header
        self.rows = rows
    }

    /// True when the field starts or ends with a space or a tab (checked on its first and last
    /// byte); other fields are kept untouched, without copying.
    private static func needsTrimming(_ field: String) -> Bool {
        let bytes = field.utf8
        guard let first = bytes.first, let last = bytes.last else { return false }
        return first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") || last == UInt8(ascii: " ")
            || last == UInt8(ascii: "\t")
    }
}
