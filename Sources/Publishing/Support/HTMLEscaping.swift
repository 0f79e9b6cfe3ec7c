/// Escaping for text that reaches HTML or XML.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'` so `text` is safe in element content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        // Most text (URLs, dates, numbers) has nothing to escape: return it as it is.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
