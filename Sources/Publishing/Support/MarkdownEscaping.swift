/// Escaping for untrusted text placed into Markdown, so it stays literal text.
public enum MarkdownEscaping {
    /// A quick byte scan: false when `escape` would change nothing (most values are plain numbers
    /// and words), so `escape` can return the text untouched. When in doubt it says true.
    static func needsEscaping(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "="):
            return true
        case UInt8(ascii: "-"):
            let second = bytes.dropFirst().first
            if second == nil || second == UInt8(ascii: " ") || second == UInt8(ascii: "\t") || second == UInt8(ascii: "-") {
                return true
            }
        default:
            break
        }
        var leadingDigits = true
        var listMarkerPending = false
        var ws = 0
        for byte in bytes {
            if listMarkerPending {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { return true }
                listMarkerPending = false
            }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
                UInt8(ascii: "&"), UInt8(ascii: ":"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                return true
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                if ws >= 3 && byte == UInt8(ascii: ".") { return true }
                if leadingDigits { listMarkerPending = true }
            default:
                break
            }
            ws = (byte | 0x20) == UInt8(ascii: "w") ? ws + 1 : 0
            if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { leadingDigits = false }
        }
        return listMarkerPending
    }

    /// Backslash-escapes every character of `text` that Markdown could read as syntax and folds
    /// line breaks into spaces, so the text renders as itself on one line, even at a line start.
    public static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var bytes: [UInt8] = []
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` escaped as ``escape(_:)`` does to `output` (the template renderer's path).
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        guard needsEscaping(text) else { return output.append(contentsOf: text.utf8) }
        var text = text
        text.withUTF8 { appendEscapedBytes($0, to: &output) }
    }

    /// The escaping itself, over UTF-8 bytes: every character it looks at is ASCII, and bytes of
    /// other characters are copied as they are.
    private static func appendEscapedBytes(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.reserveCapacity(output.count + bytes.count + 8)
        var start = 0
        if startsBlock(bytes), let first = bytes.first, !isSpecial(first) {
            output.append(backslash)
        } else if let dot = bytes.firstIndex(where: { $0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9") }), dot > 0,
            bytes[dot] == UInt8(ascii: ".") || bytes[dot] == UInt8(ascii: ")"),
            dot + 1 == bytes.count || bytes[dot + 1] == UInt8(ascii: " ") || bytes[dot + 1] == UInt8(ascii: "\t")
        {
            // An ordered-list marker: "12. " stays a number.
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<dot]))
            output.append(backslash)
            output.append(bytes[dot])
            start = dot + 1
        }
        for index in start..<bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                output.append(UInt8(ascii: " "))
                continue
            }
            if isSpecial(byte) || (byte == UInt8(ascii: ".") && followsWWW(bytes, index, from: start))
                || (byte == UInt8(ascii: ":") && followsScheme(bytes, index, from: start))
            {
                output.append(backslash)
            }
            output.append(byte)
        }
    }

    private static let backslash = UInt8(ascii: "\\")

    /// Whether `byte` is one of the characters that can start Markdown or HTML syntax in a line:
    /// `\\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `~`, `&`.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
            UInt8(ascii: "&"):
            true
        default: false
        }
    }

    /// True when `bytes` at the start of a line would open a block: a heading, a quote, a bullet
    /// list item, or a setext underline.
    private static func startsBlock(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "#") || first == UInt8(ascii: ">") { return true }
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "*") {
            return bytes.count == 1 || bytes[1] == UInt8(ascii: " ") || bytes[1] == UInt8(ascii: "\t")
        }
        return bytes.allSatisfy { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "-") }
    }

    /// True when the dot at `index` ends a `www` that would start an extended autolink.
    private static func followsWWW(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, from start: Int) -> Bool {
        guard index - start >= 3 else { return false }
        return bytes[(index - 3)..<index].allSatisfy { $0 | 0x20 == UInt8(ascii: "w") }
    }

    /// True when the colon at `index` ends a URL scheme (`http`, `https`, `ftp`, `mailto`) that would
    /// start an autolink; such colons are escaped, other colons stay as they are.
    private static func followsScheme(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, from start: Int) -> Bool {
        var first = index
        while first > start, isASCIILetter(bytes[first - 1]) { first -= 1 }
        // A letter outside ASCII before the word makes it longer than any scheme.
        if first > start, bytes[first - 1] >= 0x80, isLetter(endingAt: first, in: bytes, from: start) { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<index]), as: UTF8.self).lowercased()
        return index - first <= 6 && ["http", "https", "ftp", "mailto"].contains(word)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether the character whose UTF-8 ends just before `end` is alphabetic.
    private static func isLetter(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var first = end - 1
        while first > start, bytes[first] & 0xC0 == 0x80 { first -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<end]), as: UTF8.self)
        return text.unicodeScalars.first?.properties.isAlphabetic ?? false
    }
}
