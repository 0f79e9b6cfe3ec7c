/// Escaping of text for XML, so that any caller string can reach an SVG safely.
///
/// Both functions also make the text well-formed and single-line: characters that XML 1.0 forbids
/// (control characters, U+FFFE, U+FFFF) are dropped, and tab, line feed and carriage return become a
/// space. A chart therefore never contains a blank line, which keeps it a single HTML block when it
/// is embedded in Markdown.
///
/// Escaping works on UTF-8 bytes: every character it changes is ASCII except U+FFFE and U+FFFF,
/// whose encodings (`EF BF BE`, `EF BF BF`) cannot appear inside another character's, so text that
/// needs no change, by far the common case, is found with one scan and returned as it is.
public enum XMLEscaping {
    /// Escapes `text` for use as character data between tags (`&`, `<` and `>`).
    public static func text(_ text: String) -> String {
        escaped(text, quotes: false)
    }

    /// Escapes `value` for use inside a double-quoted attribute (`&`, `<`, `>`, `"` and `'`).
    public static func attribute(_ value: String) -> String {
        escaped(value, quotes: true)
    }

    /// Appends `text` escaped (for an attribute when `quotes`) to `output`.
    ///
    /// Runs of bytes that need no change are copied in one piece.
    static func escape(_ text: String, quotes: Bool, into output: inout UTF8Writer) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = indexOfAttention(in: bytes, from: 0, quotes: quotes)
            while index < bytes.count {
                let byte = bytes[index]
                let length = forbiddenNoncharacterLength(bytes, at: index)
                if byte == 0xEF && length == 0 {
                    // The lead byte of an allowed character.
                    index = indexOfAttention(in: bytes, from: index + 1, quotes: quotes)
                    continue
                }
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case UInt8(ascii: "&"): output.append("&amp;")
                case UInt8(ascii: "<"): output.append("&lt;")
                case UInt8(ascii: ">"): output.append("&gt;")
                case UInt8(ascii: "\""): output.append("&quot;")
                case UInt8(ascii: "'"): output.append("&apos;")
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): output.append(ascii: UInt8(ascii: " "))
                default: break  // another control character, U+FFFE or U+FFFF: dropped
                }
                runStart = index + max(length, 1)
                index = indexOfAttention(in: bytes, from: runStart, quotes: quotes)
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
    }

    /// `text` escaped, or `text` itself when nothing in it needs escaping.
    private static func escaped(_ text: String, quotes: Bool) -> String {
        guard needsEscaping(text, quotes: quotes) else { return text }
        var output = UTF8Writer(capacity: text.utf8.count + 16)
        escape(text, quotes: quotes, into: &output)
        return output.string
    }

    /// Whether escaping would change `text`.
    private static func needsEscaping(_ text: String, quotes: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = indexOfAttention(in: bytes, from: 0, quotes: quotes)
            while index < bytes.count {
                if bytes[index] != 0xEF || forbiddenNoncharacterLength(bytes, at: index) > 0 { return true }
                index = indexOfAttention(in: bytes, from: index + 1, quotes: quotes)
            }
            return false
        }
    }

    /// The index of the first byte at or after `start` that needs attention (see
    /// ``needsAttention(_:quotes:)``), or `bytes.count` when there is none.
    ///
    /// Eight bytes are tested at a time with word arithmetic, so long path data and plain text are
    /// passed over quickly; a word that may hold such a byte is then searched byte by byte.
    private static func indexOfAttention(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, quotes: Bool) -> Int {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                let word = (base + index).loadUnaligned(as: UInt64.self)
                if mayNeedAttention(word, quotes: quotes) { break }
                index += 8
            }
        }
        while index < bytes.count && !needsAttention(bytes[index], quotes: quotes) { index += 1 }
        return index
    }

    /// Whether any of the eight bytes in `word` may need attention; never false when one does.
    ///
    /// Uses the classic word tests: some byte of `w` is below *n* (at most 128) exactly when
    /// `(w − n·0x0101…) & ~w & 0x8080…` is not zero, and some byte equals *b* exactly when some
    /// byte of `w ^ b·0x0101…` is zero, that is below 1.
    private static func mayNeedAttention(_ word: UInt64, quotes: Bool) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasByteBelow(_ limit: UInt8, _ value: UInt64) -> Bool {
            (value &- ones &* UInt64(limit)) & ~value & highs != 0
        }
        func hasByte(_ byte: UInt8) -> Bool {
            hasByteBelow(1, word ^ (ones &* UInt64(byte)))
        }
        let markup =
            hasByteBelow(0x20, word) || hasByte(UInt8(ascii: "&")) || hasByte(UInt8(ascii: "<"))
            || hasByte(UInt8(ascii: ">")) || hasByte(0xEF)
        return markup || (quotes && (hasByte(UInt8(ascii: "\"")) || hasByte(UInt8(ascii: "'"))))
    }

    /// Whether `byte` is one escaping may change: a markup character (quotes only in attributes),
    /// an ASCII control character, or `EF`, which starts U+FFFE and U+FFFF.
    ///
    /// Bytes below 64 are looked up in a bit mask, so the digits, spaces and points that fill path
    /// data cost one shift each.
    private static func needsAttention(_ byte: UInt8, quotes: Bool) -> Bool {
        guard byte < 64 else { return byte == 0xEF }
        return (quotes ? attributeMask : textMask) >> byte & 1 != 0
    }

    /// Bit *n* is set when byte *n* (below 64) needs attention in character data: the control
    /// characters 0–31, `&` (38), `<` (60) and `>` (62).
    private static let textMask: UInt64 = 0xFFFF_FFFF | 1 << 38 | 1 << 60 | 1 << 62
    /// The same for attribute values, adding `"` (34) and `'` (39).
    private static let attributeMask: UInt64 = textMask | 1 << 34 | 1 << 39

    /// 3 when the bytes at `index` encode U+FFFE or U+FFFF (which XML 1.0 forbids), else 0.
    private static func forbiddenNoncharacterLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index + 2 < bytes.count, bytes[index] == 0xEF, bytes[index + 1] == 0xBF,
            bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF
        else { return 0 }
        return 3
    }
}
