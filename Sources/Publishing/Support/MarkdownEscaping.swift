/// Escaping for untrusted text placed into Markdown, so it stays literal text.
public enum MarkdownEscaping {
    /// The characters that can start Markdown or HTML syntax inside a line.
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]
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

    /// True when `scalars` at the start of a line would open a block: a heading, a quote, a
    /// bullet list item, or a setext underline.
    static func startsBlock(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first else { return false }
        if first == "#" || first == ">" { return true }
        if first == "+" || first == "-" || first == "*" {
            return scalars.count == 1 || scalars[1] == " " || scalars[1] == "\t"
        }
        return scalars.allSatisfy { $0 == "=" || $0 == "-" }
    }

    /// Backslash-escapes every character of `text` that Markdown could read as syntax and folds
    /// line breaks into spaces, so the text renders as itself on one line, even at a line start.
    public static func escape(_ text: String) -> String {
        needsEscaping(text) ? escapeAll(text) : text
    }

    /// The escaping itself, character by character (see `escape`).
    static func escapeAll(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        if startsBlock(scalars), let first = scalars.first, !special.contains(first) {
            result += "\\"
        } else if let dot = scalars.firstIndex(where: { !("0"..."9").contains($0) }), dot > 0,
            scalars[dot] == "." || scalars[dot] == ")",
            dot + 1 == scalars.count || scalars[dot + 1] == " " || scalars[dot + 1] == "\t"
        {
            result.unicodeScalars.append(contentsOf: scalars[..<dot])
            result += "\\"
            result.unicodeScalars.append(scalars[dot])
            return result + escapeAll(String(String.UnicodeScalarView(scalars[(dot + 1)...])))
        }
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\r" {
                result += " "
            } else {
                if special.contains(scalar) || (scalar == "." && followsWWW(scalars, index))
                    || (scalar == ":" && followsScheme(scalars, index))
                {
                    result += "\\"
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// True when the dot at `index` ends a `www` that would start an extended autolink.
    private static func followsWWW(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index >= 3 else { return false }
        return scalars[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
    }

    /// True when the colon at `index` ends a URL scheme (`http`, `https`, `ftp`, `mailto`) that would
    /// start an autolink; such colons are escaped, other colons stay as they are.
    private static func followsScheme(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var start = index
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<index])).lowercased()
        return ["http", "https", "ftp", "mailto"].contains(word)
    }
}
