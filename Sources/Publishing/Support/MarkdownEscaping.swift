/// Escaping for untrusted text placed into Markdown, so it stays literal text.
public enum MarkdownEscaping {
    /// The characters that can start Markdown or HTML syntax inside a line.
    static let special: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "!", "|", "~", "&",
    ]

    /// Backslash-escapes every character of `text` that Markdown could read as syntax and folds
    /// line breaks into spaces, so the text renders as itself on one line.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                result += " "
            } else {
                if special.contains(scalar) { result += "\\" }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
