import Foundation

/// Reads a file in chunks that end where a CSV row ends, so each chunk can be parsed on its own.
///
/// A chunk ends after the last line break that lies outside a quoted field (read as yaslab's
/// parser reads it), so a quoted field with line breaks is never split. What follows
/// is carried into the next chunk. A row longer than ``maximumRowLength`` bytes (a file without
/// line breaks, an unclosed quote) ends the reading there, so memory stays bounded.
final class RowChunker {
    /// The bytes read from the file at a time.
    static let chunkSize = 1 << 20
    /// The longest row accepted, in bytes: far above any CSV row of daily data or option chains.
    static let maximumRowLength = 65_536

    /// What the next read gave.
    enum Chunk {
        /// Whole rows (the last one may lack its line break at the end of the file).
        case rows([UInt8])
        /// A row longer than ``maximumRowLength`` bytes, starting where the last chunk ended.
        case overlongRow
        /// The end of the file.
        case end
    }

    private let handle: FileHandle
    private var carry: [UInt8] = []
    private var atEnd = false
    private var overlongNext = false

    /// A chunker over the file at `path`, or nil when it cannot be opened.
    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The next chunk of whole rows; after an overlong row, only `.end`.
    func next() -> Chunk {
        if overlongNext {
            overlongNext = false
            return .overlongRow
        }
        while true {
            if atEnd {
                guard !carry.isEmpty else { return .end }
                defer { carry = [] }
                return .rows(carry)
            }
            let data = (try? handle.read(upToCount: Self.chunkSize)) ?? Data()
            if data.isEmpty {
                atEnd = true
                continue
            }
            carry.append(contentsOf: data)
            let scan = Self.scan(carry)
            if let start = scan.overlongStart {
                // The rows before it are read; the file ends at the overlong row.
                let rows = Array(carry[..<start])
                carry = []
                atEnd = true
                if rows.isEmpty { return .overlongRow }
                overlongNext = true
                return .rows(rows)
            }
            if let cut = scan.lastRowEnd {
                let rows = Array(carry[..<cut])
                carry.removeSubrange(..<cut)
                return .rows(rows)
            }
        }
    }

    /// Where the scan is within a row, following the rules of yaslab's parser: a quote opens a
    /// quoted field only as a field's first byte; elsewhere it is an ordinary byte.
    private enum ScanState {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    /// Finds the index just after the last row end (nil when there is none) and the start of the
    /// first row longer than ``maximumRowLength`` bytes, ended or not (nil when every row is
    /// shorter). A line break ends a row outside a quoted field; a CR ends it only when followed by
    /// a byte other than LF (a CRLF ends after its LF).
    static func scan(_ bytes: [UInt8]) -> (lastRowEnd: Int?, overlongStart: Int?) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, memchr(base, Int32(UInt8(ascii: "\"")), buffer.count) == nil
            else { return fullScan(buffer) }
            // Without quotes every LF ends a row; libc's memchr finds them. Anything unusual (a row
            // too long, perhaps because its rows end in lone CRs) takes the full scan.
            var rowStart = 0
            var cut: Int?
            while rowStart < buffer.count,
                let hit = memchr(base + rowStart, Int32(UInt8(ascii: "\n")), buffer.count - rowStart)
            {
                let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                if end - rowStart > maximumRowLength { return fullScan(buffer) }
                cut = end
                rowStart = end
            }
            if buffer.count - rowStart > maximumRowLength { return fullScan(buffer) }
            return (cut, nil)
        }
    }

    /// ``scan(_:)`` byte by byte, following quoted fields.
    private static func fullScan(_ bytes: UnsafeBufferPointer<UInt8>) -> (lastRowEnd: Int?, overlongStart: Int?) {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var state = ScanState.fieldStart
        var cut: Int?
        var rowStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch state {
            case .quoted:
                if byte == quote { state = .quoteInQuoted }
            case .fieldStart, .unquoted, .quoteInQuoted:
                if byte == lf || byte == cr {
                    if byte == cr && (index + 1 == count || bytes[index + 1] == lf) {
                        // The LF of a CRLF ends the row; a CR at the end waits for the next byte.
                        state = .unquoted
                    } else {
                        if index + 1 - rowStart > maximumRowLength { return (cut, rowStart) }
                        cut = index + 1
                        rowStart = index + 1
                        state = .fieldStart
                    }
                } else if byte == comma {
                    state = .fieldStart
                } else if byte == quote && state == .fieldStart {
                    state = .quoted
                } else if state == .quoteInQuoted {
                    // A doubled quote, or a stray byte after a closing quote: still inside the field.
                    state = .quoted
                } else {
                    state = .unquoted
                }
            }
            index += 1
        }
        if count - rowStart > maximumRowLength { return (cut, rowStart) }
        return (cut, nil)
    }
}
