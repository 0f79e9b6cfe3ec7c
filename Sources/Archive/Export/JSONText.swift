/// Deterministic JSON text built by hand: no locale, no key reordering, no exponent in numbers.
///
/// Foundation's `JSONEncoder` may write `1e-07` or escape `/`, and its output has changed between
/// releases; the archive's JSON must be byte-identical everywhere, so it is assembled here.
enum JSONText {
    /// A JSON string literal: quotes, backslashes and control characters escaped, and `<`, `>`,
    /// `&`, U+2028 and U+2029 written as `\u` escapes so the text is safe to embed in HTML.
    static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": out += unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += unicodeEscape(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    /// A JSON array of already-encoded values, without spaces: `[a,b]`.
    static func array(_ values: [String]) -> String {
        "[" + values.joined(separator: ",") + "]"
    }

    /// A JSON object of already-encoded values, in the given key order, without spaces.
    static func object(_ members: [(key: String, value: String)]) -> String {
        "{" + members.map { string($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: false)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
