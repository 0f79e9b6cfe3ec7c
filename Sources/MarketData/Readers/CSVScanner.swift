/// Splits CSV bytes into rows of fields, exactly as yaslab's `CSVReader` does with a comma
/// separator and `trimFields: false`, but working on UTF-8 bytes instead of one Unicode scalar at
/// a time through an `AnyIterator` (which took most of the load time).
///
/// The rules, including the reader's quirks, which change what some malformed files say:
/// - a row ends at LF, CRLF or a lone CR outside quotes, and at the end of the text; a comma ends a
///   field; a comma just before the end of the text adds one last empty field;
/// - a field that starts with `"` is quoted: it runs to the next `"` that is followed by a comma,
///   a line break or the end of the text, and may hold commas and line breaks; `""` inside it is
///   one `"`; a `"` followed by any other character keeps the `"` and drops that character;
/// - a `"` inside a field that does not start with one is an ordinary character.
///
/// Commas, quotes and line breaks are ASCII, and a UTF-8 byte below 0x80 is never part of a longer
/// character, so splitting the bytes cuts the text exactly where splitting its scalars would.
struct CSVScanner {
    /// One row as read: its fields, and how many line breaks its quoted fields hold.
    struct RawRow {
        /// The fields, untrimmed.
        var fields: [String]
        /// The line breaks inside quoted fields (CRLF counts once), so later rows keep their lines.
        var lineBreaksInside: Int
    }

    private let bytes: [UInt8]
    private var position: Int
    /// The field count of the last row, reserved for the next one (rows rarely differ).
    private var lastFieldCount = 0

    /// A scanner over a text's UTF-8 bytes, starting at byte `start` (after a byte order mark).
    init(bytes: [UInt8], start: Int = 0) {
        self.bytes = bytes
        self.position = start
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The next row, or nil at the end of the text.
    mutating func nextRow() -> RawRow? {
        guard position < bytes.count else { return nil }
        var row = RawRow(fields: [], lineBreaksInside: 0)
        row.fields.reserveCapacity(lastFieldCount)
        while true {
            let field: String
            let endsRow: Bool
            if position >= bytes.count {
                (field, endsRow) = ("", true)
            } else if bytes[position] == Self.quote {
                position += 1
                let quoted: [UInt8]
                (quoted, endsRow) = readQuotedField()
                row.lineBreaksInside += Self.lineBreakCount(in: quoted)
                field = String(decoding: quoted, as: UTF8.self)
            } else {
                let range: Range<Int>
                (range, endsRow) = readPlainField()
                field = String(decoding: bytes[range], as: UTF8.self)
            }
            row.fields.append(field)
            if endsRow {
                lastFieldCount = row.fields.count
                return row
            }
        }
    }

    /// Reads a field that does not start with a quote; returns its byte range and whether the row ended.
    private mutating func readPlainField() -> (Range<Int>, Bool) {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.comma {
                position += 1
                return (start..<position - 1, false)
            }
            if byte == Self.lineFeed || byte == Self.carriageReturn {
                let end = position
                position += 1
                skipLineFeed(after: byte)
                return (start..<end, true)
            }
            position += 1
        }
        return (start..<position, true)
    }

    /// Reads a quoted field after its opening quote; returns its content and whether the row ended.
    private mutating func readQuotedField() -> ([UInt8], Bool) {
        var content: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            guard byte == Self.quote else {
                content.append(byte)
                continue
            }
            guard position < bytes.count else { return (content, true) }
            let next = bytes[position]
            position += 1
            switch next {
            case Self.lineFeed, Self.carriageReturn:
                skipLineFeed(after: next)
                return (content, true)
            case Self.comma:
                return (content, false)
            case Self.quote:
                content.append(Self.quote)
            default:
                // CSVReader keeps the quote and drops the character after it (all of its bytes).
                content.append(Self.quote)
                while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
            }
        }
        return (content, true)
    }

    /// After a CR, consumes the LF of a CRLF pair.
    private mutating func skipLineFeed(after byte: UInt8) {
        if byte == Self.carriageReturn, position < bytes.count, bytes[position] == Self.lineFeed {
            position += 1
        }
    }

    /// The number of line breaks (LF, CRLF or a lone CR) in a field's bytes.
    static func lineBreakCount(in field: [UInt8]) -> Int {
        var count = 0
        var previousWasCR = false
        for byte in field {
            if byte == lineFeed {
                if !previousWasCR { count += 1 }
                previousWasCR = false
            } else if byte == carriageReturn {
                count += 1
                previousWasCR = true
            } else {
                previousWasCR = false
            }
        }
        return count
    }
}
