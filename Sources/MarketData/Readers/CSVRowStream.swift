import CSV
import Foundation

/// The rows of one CSV input, read one at a time so that a file is never held whole.
///
/// Parsing is done by yaslab's `CSVReader` (comma separator, optional double quotes, LF or CRLF),
/// from memory for texts and files up to ``wholeFileLimit`` bytes, over a ``CSVByteStream`` read
/// in chunks for larger files. On top of it this type trims
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

    /// The largest file read whole and parsed from memory; larger files are streamed in chunks.
    ///
    /// A daily file for 1990–2050 is under 2 MB, and parsing from memory is the faster of yaslab's
    /// two paths (its stream path reads byte by byte), so real files keep the speed they had while
    /// a hostile 200 MB file costs bounded memory.
    static let wholeFileLimit = 16 << 20

    /// The rows of text held in memory (a leading byte order mark is dropped).
    convenience init(text: String) {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        // Without a header row requested, the initializer does not throw.
        self.init(reader: try? CSVReader(string: String(body), hasHeaderRow: false, trimFields: false), bytes: nil)
    }

    /// The rows of the file at `path`: read whole when it holds at most `wholeFileLimit` bytes,
    /// otherwise streamed. ``stop`` is `.unreadable` when it cannot be read, `.invalidUTF8` when a
    /// file read whole is not UTF-8 (then it yields no rows).
    convenience init(path: String, wholeFileLimit: Int = CSVRowStream.wholeFileLimit) {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]).flatMap { $0 as? Int }
        guard let size, size <= wholeFileLimit else {
            let bytes = CSVByteStream(path: path)
            self.init(reader: bytes.flatMap { try? CSVReader(stream: $0, hasHeaderRow: false, trimFields: false) }, bytes: bytes)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            self.init(reader: nil, bytes: nil)
            return
        }
        let bytes = [UInt8](data)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            self.init(reader: nil, bytes: nil)
            stop = .invalidUTF8(line: Self.lineOfFirstInvalidByte(bytes))
            return
        }
        self.init(text: text)
    }

    /// No rows, ending as `.unreadable`.
    convenience init(unreadable: Void) {
        self.init(reader: nil, bytes: nil)
    }

    private init(reader: CSVReader?, bytes: CSVByteStream?) {
        self.bytes = bytes
        self.reader = reader
        if reader == nil { stop = .unreadable }
    }

    /// The 1-based line holding the first byte that is not part of valid UTF-8.
    private static func lineOfFirstInvalidByte(_ bytes: [UInt8]) -> Int {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return (lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0) + 1
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
