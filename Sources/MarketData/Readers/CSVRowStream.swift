import CSV
import Foundation

/// The rows of one CSV input, read one at a time so that a file is never held whole.
///
/// Parsing is done by yaslab's `CSVReader` (comma separator, optional double quotes, LF or CRLF)
/// from memory: a file is read in chunks of whole rows (see ``RowChunker``), each parsed on its
/// own, so memory stays bounded whatever the file's size. On top of it this type trims
/// fields of surrounding spaces, drops blank rows (so trailing blank lines are harmless) and keeps
/// the 1-based line on which each row starts, counting the line breaks inside quoted fields, so
/// that messages point at the right line of the file. Input that ends early (bytes that are not
/// UTF-8, a line too long to be a CSV row) ends the rows, and ``stop`` says why.
final class CSVRowStream {
    /// Why the rows ended before the end of the input.
    enum Stop: Equatable, Sendable {
        /// The input holds bytes that are not UTF-8, on this line.
        case invalidUTF8(line: Int)
        /// The row starting on this line is longer than ``RowChunker/maximumRowLength`` bytes.
        case overlongRow(line: Int)
        /// The file could not be read.
        case unreadable
    }

    private let chunker: RowChunker?
    private var reader: CSVReader?
    private var nextLine = 1
    private var isFirstChunk = true

    /// Why the rows ended early; nil while reading and when the input was read to its end.
    private(set) var stop: Stop?

    /// The rows of text held in memory.
    init(text: String) {
        chunker = nil
        reader = Self.reader(for: text, dropsByteOrderMark: true)
    }

    /// The rows of the file at `path`, read in chunks of whole rows (see ``RowChunker``), each
    /// parsed from memory; ``stop`` is `.unreadable` when the file cannot be opened.
    init(path: String) {
        chunker = RowChunker(path: path)
        if chunker == nil { stop = .unreadable }
    }

    /// No rows, ending as `.unreadable`.
    init(unreadable: Void) {
        chunker = nil
        stop = .unreadable
    }

    /// The next non-blank row, or nil at the end of the input (or where it ended early).
    func next() -> CSVTable.Row? {
        while true {
            if let rawFields = reader?.next() {
                let row = CSVTable.Row(line: nextLine, fields: rawFields.map(Self.trimmed))
                nextLine += 1 + rawFields.reduce(0) { $0 + Self.lineBreakCount(in: $1) }
                if row.fields.allSatisfy(\.isEmpty) { continue }
                return row
            }
            reader = nil
            guard stop == nil, let chunker else { return nil }
            switch chunker.next() {
            case .end:
                return nil
            case .overlongRow:
                stop = .overlongRow(line: nextLine)
                return nil
            case .rows(let bytes):
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    stop = .invalidUTF8(line: nextLine - 1 + Self.lineOfFirstInvalidByte(bytes))
                    return nil
                }
                reader = Self.reader(for: text, dropsByteOrderMark: isFirstChunk)
                isFirstChunk = false
            }
        }
    }

    /// yaslab's reader over `text`, without its leading byte order mark when `dropsByteOrderMark`.
    private static func reader(for text: String, dropsByteOrderMark: Bool) -> CSVReader? {
        var body = Substring(text)
        if dropsByteOrderMark, body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        // Without a header row requested, the initializer does not throw.
        return try? CSVReader(string: String(body), hasHeaderRow: false, trimFields: false)
    }

    /// The 1-based line, within `bytes`, of the first byte that is not part of valid UTF-8.
    private static func lineOfFirstInvalidByte(_ bytes: [UInt8]) -> Int {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return (lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0) + 1
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

extension CSVRowStream.Stop {
    /// The error for input of `file` that ended early.
    func issue(file: String) -> DataIssue {
        switch self {
        case .invalidUTF8(let line):
            return DataIssue(file: file, line: line, message: "expected UTF-8 text, found bytes that are not valid UTF-8")
        case .overlongRow(let line):
            return DataIssue(
                file: file, line: line,
                message: "expected a row of at most \(Counting.grouped(RowChunker.maximumRowLength)) bytes, "
                    + "found a longer one (no line break, or an unclosed quote); stopped reading the file here")
        case .unreadable:
            return DataIssue(file: file, line: nil, message: "expected a readable file, found one that cannot be read")
        }
    }
}

extension CSVRowStream {
    /// The error for input of `file` that gave no header row: why it ended early, or that it is empty.
    func missingHeaderIssue(file: String) -> DataIssue {
        stop.map { $0.issue(file: file) }
            ?? DataIssue(file: file, line: nil, message: "empty file: expected a header row and at least one data row")
    }
}

extension DataIssue {
    /// The error for a file of `file` whose header on `line` has no data row below it.
    static func noDataRows(file: String, headerLine: Int) -> DataIssue {
        DataIssue(file: file, line: headerLine, message: "empty file: expected at least one data row below the header, found none")
    }

    /// This row problem restated as the warning lenient mode gives when it skips the row.
    var skippedRowWarning: DataIssue {
        var warning = self
        warning.severity = .warning
        warning.message += "; row skipped"
        return warning
    }
}
