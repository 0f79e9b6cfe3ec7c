import Mustache

/// The Mustache content type of HTML templates (selected by `TemplateLibrary`): `{{value}}`
/// escapes `<`, `>`, `&`, `"` and `'` as swift-mustache's own HTML type does, but over UTF-8
/// bytes, returning text with none of them untouched (swift-mustache looks up every character
/// in a dictionary).
struct HTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { Self.replacement(for: $0) != nil }) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escaped.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                if let replacement = Self.replacement(for: byte) {
                    escaped.append(contentsOf: replacement.utf8)
                } else {
                    escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    /// Appends `text` to `output` with the five characters replaced by their entities.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            for index in bytes.indices {
                guard let replacement = replacement(for: bytes[index]) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                output.append(contentsOf: replacement.utf8)
                run = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
    }

    /// The entity that replaces `byte`, or nil when it stays as it is.
    private static func replacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    /// Registers the type under swift-mustache's name `HTML` (idempotent), so the pragma
    /// `{{% CONTENT_TYPE: HTML}}` selects it too.
    static let registration: Void = {
        MustacheContentTypes.register(HTMLContentType(), named: "HTML")
    }()
}
