/// Deterministic JSON text built by hand: no locale, no key reordering, no exponent in numbers.
///
/// Foundation's `JSONEncoder` may write `1e-07` or escape `/`, and its output has changed between
/// releases; the archive's JSON must be byte-identical everywhere, so it is assembled here (and,
/// on the hot paths, straight into a ``TextBuffer`` with the same bytes).
enum JSONText {
    /// A JSON string literal: quotes, backslashes and control characters escaped, and `<`, `>`,
    /// `&`, U+2028 and U+2029 written as `\u` escapes so the text is safe to embed in HTML.
    static func string(_ text: String) -> String {
        var buffer = TextBuffer(capacity: text.utf8.count + 2)
        buffer.append(jsonString: text)
        return buffer.text
    }

    /// A JSON array of already-encoded values, without spaces: `[a,b]`.
    static func array(_ values: [String]) -> String {
        "[" + values.joined(separator: ",") + "]"
    }

    /// A JSON object of already-encoded values, in the given key order, without spaces.
    static func object(_ members: [(key: String, value: String)]) -> String {
        "{" + members.map { string($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }
}
