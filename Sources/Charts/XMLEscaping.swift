/// Escaping of text for XML, so that any caller string can reach an SVG safely.
///
/// Both functions also make the text well-formed and single-line: characters that XML 1.0 forbids
/// (control characters, U+FFFE, U+FFFF) are dropped, and tab, line feed and carriage return become a
/// space. A chart therefore never contains a blank line, which keeps it a single HTML block when it
/// is embedded in Markdown.
public enum XMLEscaping {
    /// Escapes `text` for use as character data between tags (`&`, `<` and `>`).
    public static func text(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// Escapes `value` for use inside a double-quoted attribute (`&`, `<`, `>`, `"` and `'`).
    public static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&apos;"
            case "\t", "\n", "\r": result += " "
            default:
                if isAllowedInXML(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document (its `Char` production, less the whitespace
    /// controls handled above).
    private static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
