import CSV

/// The rows of one CSV input, read one at a time so that a file is never held whole.
///
/// Parsing is done by yaslab's `CSVReader` over a ``CSVByteStream`` (comma separator, optional
/// double quotes, LF or CRLF; it strips a UTF-8 byte order mark). On top of it this type trims
/// fields of surrounding spaces, drops blank rows (so trailing blank lines are harmless) and keeps
/// the 1-based line on which each row starts, counting the line breaks inside quoted fields, so
/// that messages point at the right line of the file. Input that ends early (bytes that are not
/// UTF-8, a line too long to be a CSV row) ends the rows, and ``stop`` says why.
final class CSVRowStream {
    /// Why the rows ended before the end of the input.
    enum Stop: Equatable, Sendable {
        /// The input holds bytes that are not UTF-8, in the row starting on this line.
        case invalidUTF8(line: Int)
        /// This line is longer than ``CSVByteStream/maximumLineLength`` bytes.
        case overlongLine(line: Int)
        /// The file could not be read.
        case unreadable
    }

    private let bytes: CSVByteStream?
    private let reader: CSVReader?
    private var nextLine = 1
    private var pending: CSVTable.Row?
    private var finished = false

    /// Why the rows ended early; nil while reading and when the input was read to its end.
    private(set) var stop: Stop?

    /// The rows of text held in memory.
    convenience init(text: String) {
        self.init(bytes: CSVByteStream(bytes: Array(text.utf8)))
    }

    /// The rows of the file at `path`; ``stop`` is `.unreadable` when it cannot be opened.
    convenience init(path: String) {
        self.init(bytes: CSVByteStream(path: path))
    }

    /// No rows, ending as `.unreadable`.
    convenience init(unreadable: Void) {
        self.init(bytes: nil)
    }

    private init(bytes: CSVByteStream?) {
        self.bytes = bytes
        // Without a header row requested, the initializer throws only when the stream cannot be opened.
        reader = bytes.flatMap { try? CSVReader(stream: $0, hasHeaderRow: false, trimFields: false) }
        if reader == nil { stop = .unreadable }
    }

    /// The next non-blank row, or nil at the end of the input (or where it ended early).
    ///
    /// One row is held back until the next is read, because the last row before a cut is cut too
    /// and is dropped.
    func next() -> CSVTable.Row? {
        while !finished, let reader {
            let rawFields = reader.next()
            if reader.error != nil {
                // Decoding stopped inside this row; what was read of it is dropped.
                stop = .invalidUTF8(line: nextLine)
                finished = true
                break
            }
            guard let rawFields else {
                finished = true
                if let line = bytes?.overlongLine {
                    stop = .overlongLine(line: line)
                    pending = nil
                }
                break
            }
            let row = CSVTable.Row(line: nextLine, fields: rawFields.map(Self.trimmed))
            nextLine += 1 + rawFields.reduce(0) { $0 + Self.lineBreakCount(in: $1) }
            if row.fields.allSatisfy(\.isEmpty) { continue }
            if let previous = pending {
                pending = row
                return previous
            }
            pending = row
        }
        defer { pending = nil }
        return pending
    }

    /// The field without surrounding spaces and tabs; the untouched field when it has none (the
    /// common case, checked without copying).
    ///
    /// Fields are trimmed here rather than by CSVReader's `trimFields`, whose Foundation-based
    /// trimming took most of the parse time.
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
