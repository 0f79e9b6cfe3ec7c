extension TextBuffer {
    /// Bytes that start something ``append(jsonString:)`` must escape: ASCII controls and DEL,
    /// `"`, `\`, `<`, `>`, `&`, and 0xE2, the lead byte of U+2028 and U+2029.
    private static let jsonSpecial: [Bool] = {
        var special = [Bool](repeating: false, count: 256)
        for byte in 0..<0x20 { special[byte] = true }
        for byte in "\"\\<>&".utf8 { special[Int(byte)] = true }
        special[0x7F] = true
        special[0xE2] = true
        return special
    }()

    /// Lower-case hexadecimal digits, for `\u` escapes.
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends a JSON string literal exactly as ``JSONText/string(_:)`` writes it.
    ///
    /// Quotes, backslashes, `\n`, `\r` and `\t` get their short escapes; other controls, DEL,
    /// `<`, `>`, `&`, U+2028 and U+2029 are written as `\u` escapes. Runs of bytes that need
    /// nothing are copied whole; every other scalar is copied as its UTF-8 bytes.
    /// - Parameter text: The string's value.
    mutating func append(jsonString text: String) {
        append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var plainStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                guard Self.jsonSpecial[Int(byte)] else {
                    index += 1
                    continue
                }
                // 0xE2 leads many scalars (–, €, ✓); only E2 80 A8 and E2 80 A9 are escaped.
                if byte == 0xE2 {
                    let isSeparator =
                        index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] & 0xFE) == 0xA8
                    guard isSeparator else {
                        index += 1
                        continue
                    }
                }
                append(UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): append(escape: UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): append(escape: UInt8(ascii: "\\"))
                case UInt8(ascii: "\n"): append(escape: UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): append(escape: UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): append(escape: UInt8(ascii: "t"))
                case 0xE2:
                    append(unicodeEscape: utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                    index += 2
                default: append(unicodeEscape: UInt32(byte))
                }
                index += 1
                plainStart = index
            }
            append(UnsafeBufferPointer(rebasing: utf8[plainStart..<utf8.count]))
        }
        append(UInt8(ascii: "\""))
    }

    /// Appends a CSV field exactly as ``CSVField/quoted(_:)`` writes it: quoted, inner quotes
    /// doubled, when it holds a comma, a double quote, a carriage return or a line feed.
    /// - Parameter text: The field's value.
    mutating func append(csvField text: String) {
        var text = text
        text.withUTF8 { utf8 in
            let needsQuotes = utf8.contains { byte in
                byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                    || byte == UInt8(ascii: "\r")
            }
            guard needsQuotes else { return append(utf8) }
            append(UInt8(ascii: "\""))
            var plainStart = 0
            for index in utf8.indices where utf8[index] == UInt8(ascii: "\"") {
                // Copy up to and including the quote, then write it a second time.
                append(UnsafeBufferPointer(rebasing: utf8[plainStart...index]))
                append(UInt8(ascii: "\""))
                plainStart = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[plainStart..<utf8.count]))
            append(UInt8(ascii: "\""))
        }
    }

    /// Appends a backslash and `letter`.
    private mutating func append(escape letter: UInt8) {
        append(UInt8(ascii: "\\"))
        append(letter)
    }

    /// Appends `\u` and four lower-case hexadecimal digits (scalars escaped here are below U+10000).
    private mutating func append(unicodeEscape value: UInt32) {
        append(UInt8(ascii: "\\"))
        append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            append(Self.hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
