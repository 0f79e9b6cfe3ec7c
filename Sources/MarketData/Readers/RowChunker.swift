import Foundation

/// Reads a file in chunks that end where a CSV row ends, so each chunk can be parsed on its own.
///
/// A chunk ends after the last line break that lies outside double quotes (an even number of
/// quotes since the chunk began), so a quoted field with line breaks is never split. What follows
/// is carried into the next chunk. A row that grows past ``maximumRowLength`` bytes without ending
/// (a file without line breaks, an unclosed quote) stops the reading, so memory stays bounded.
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

    /// A chunker over the file at `path`, or nil when it cannot be opened.
    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The next chunk of whole rows.
    func next() -> Chunk {
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
            if let cut = Self.lastRowEnd(in: carry) {
                let rows = Array(carry[..<cut])
                carry.removeSubrange(..<cut)
                return .rows(rows)
            }
            if carry.count > Self.maximumRowLength {
                return .overlongRow
            }
        }
    }

    /// The index just after the last line break outside quotes, or nil when there is none. A CR
    /// counts only when followed by a byte other than LF (a CRLF ends after its LF).
    static func lastRowEnd(in bytes: [UInt8]) -> Int? {
        var insideQuotes = false
        var cut: Int?
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                insideQuotes.toggle()
            } else if !insideQuotes {
                if byte == UInt8(ascii: "\n") {
                    cut = index + 1
                } else if byte == UInt8(ascii: "\r"), index + 1 < count, bytes[index + 1] != UInt8(ascii: "\n") {
                    cut = index + 1
                }
            }
            index += 1
        }
        return cut
    }
}
