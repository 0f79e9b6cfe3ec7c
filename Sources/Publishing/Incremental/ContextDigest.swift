/// A deterministic text form of a template context, for hashing.
enum ContextDigest {
    /// Serialises strings, booleans, numbers, arrays and string-keyed dictionaries (keys sorted) into `output`.
    static func append(_ value: Any, to output: inout String) {
        switch value {
        case let text as String:
            output += "s"
            output += String(text.utf8.count)
            output += ":"
            output += text
        case let flag as Bool:
            output += flag ? "T" : "F"
        case let number as Int:
            output += "i\(number);"
        case let number as Double:
            output += "d\(number.bitPattern);"
        case let dictionary as [String: any Sendable]:
            output += "{"
            for key in dictionary.keys.sorted() {
                append(key, to: &output)
                if let item = dictionary[key] { append(item, to: &output) }
            }
            output += "}"
        case let dictionary as [String: String]:
            append(dictionary as [String: any Sendable], to: &output)
        case let list as [any Sendable]:
            output += "["
            for item in list { append(item, to: &output) }
            output += "]"
        case let list as [[String: String]]:
            append(list.map { $0 as any Sendable }, to: &output)
        case let list as [[String: any Sendable]]:
            append(list.map { $0 as any Sendable }, to: &output)
        default:
            output += "?\(String(describing: value))"
        }
    }

    /// The text form of `value`.
    static func text(_ value: Any) -> String {
        var output = ""
        append(value, to: &output)
        return output
    }
}
