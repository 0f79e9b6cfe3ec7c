/// Escaping for untrusted text placed into Markdown, so it stays literal text.
public enum MarkdownEscaping {
    /// The characters that can start Markdown or HTML syntax inside a line.
    /// `:` is escaped so that a URL in the text does not become an autolink.
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", ":"]
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
            return result + escape(String(String.UnicodeScalarView(scalars[(dot + 1)...])))
        }
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\r" {
                result += " "
            } else {
                if special.contains(scalar) || (scalar == "." && followsWWW(scalars, index)) { result += "\\" }
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
}
