/// Text taken from an input file, made safe to print in a one-line message.
///
/// A field may hold anything: terminal escape sequences (ESC, OSC), NUL, line breaks, bidi
/// overrides that reorder what a reader sees, or a megabyte of bytes. ``quoted(_:)`` cuts it to
/// ``maximumLength`` characters and writes every control character visibly as `\u{1B}`, so nothing
/// from a file reaches a terminal raw and one message stays one readable line.
enum DisplayText {
    /// The most characters of a value shown in a message.
    static let maximumLength = 80

    /// The text in double quotes, cut and escaped, or `an empty field` when there is none.
    ///
    /// A cut value ends in `…` followed by its full length, e.g. `"aaaa…" (1048576 characters)`.
    static func quoted(_ text: some StringProtocol) -> String {
        if text.isEmpty { return "an empty field" }
        let (shown, total) = cut(text)
        let suffix = total > maximumLength ? "…\" (\(total) characters)" : "\""
        return "\"" + shown + suffix
    }

    /// The text cut to ``maximumLength`` characters (followed by `…` when cut) and escaped, without
    /// quotes: for names read from a file, such as a header's columns.
    static func sanitized(_ text: some StringProtocol) -> String {
        let (shown, total) = cut(text)
        return total > maximumLength ? shown + "…" : shown
    }

    /// The first ``maximumLength`` scalars escaped, and the number of scalars in all.
    private static func cut(_ text: some StringProtocol) -> (shown: String, total: Int) {
        var shown = ""
        var total = 0
        for scalar in text.unicodeScalars {
            if total < maximumLength {
                if needsEscape(scalar) {
                    shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
            total += 1
        }
        return (shown, total)
    }

    /// True for the scalars written as `\u{…}`: C0 controls (NUL, ESC, line breaks, tab), DEL, C1
    /// controls, the bidi marks, embeddings, overrides and isolates, the line and paragraph
    /// separators and the byte order mark.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        case 0x2028, 0x2029, 0xFEFF: return true
        default: return false
        }
    }
}
