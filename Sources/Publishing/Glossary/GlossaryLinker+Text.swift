import Foundation

/// The text side of the glossary linker: `[[Name]]` markers, case folding and word boundaries.
extension GlossaryLinker {
    /// A stretch of a text run: plain text, or an explicit `[[Name]]` link.
    enum Segment {
        case text(String)
        case explicit(name: String, shown: String, raw: String)
    }

    /// Whether `bytes` hold `[[`, the start of an explicit link (most runs do not: they skip the
    /// split into segments).
    static func containsExplicitMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index + 1] != UInt8(ascii: "[") {
                index += 2
            } else if bytes[index] == UInt8(ascii: "[") {
                return true
            } else {
                index += 1
            }
        }
        return false
    }

    /// Splits text at `[[Name]]` markers.
    static func explicitSegments(_ text: String) -> [Segment] {
        let bytes = Array(text.utf8)
        var segments: [Segment] = []
        var plainStart = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "[") else {
                index += 1
                continue
            }
            var close = index + 2
            while close + 1 < bytes.count, bytes[close] != UInt8(ascii: "]"), bytes[close] != UInt8(ascii: "[") {
                close += 1
            }
            guard close + 1 < bytes.count, bytes[close] == UInt8(ascii: "]"), bytes[close + 1] == UInt8(ascii: "]"),
                close > index + 2
            else {
                index += 2
                continue
            }
            if plainStart < index { segments.append(.text(string(bytes[plainStart..<index]))) }
            let inside = string(bytes[(index + 2)..<close])
            let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            let shown = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : name
            segments.append(.explicit(name: name, shown: shown.isEmpty ? name : shown, raw: string(bytes[index..<(close + 2)])))
            index = close + 2
            plainStart = index
        }
        if plainStart == 0 { return [.text(text)] }
        if plainStart < bytes.count { segments.append(.text(string(bytes[plainStart...]))) }
        return segments
    }

    /// The UTF-8 bytes of `text` with ASCII letters lowercased: matching ignores ASCII case, and
    /// other characters must match as written. (The linker reads a page's text through
    /// `GlossaryTextBytes`, which gives the same answers without a copy.)
    static func fold(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
    }

    /// For each UTF-8 byte of `text`, whether it belongs to a word character (a letter or a digit,
    /// in any script, or `_`, or a point, hyphen or slash between two word characters); every other character
    /// separates words. The plain definition, for tests: the linker asks `GlossaryTextBytes`.
    static func wordMask(_ text: String) -> [Bool] {
        var mask: [Bool] = []
        mask.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                mask.append(
                    (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A)
                        || (value >= 0x41 && value <= 0x5A) || value == 0x5F)
            } else {
                let word = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                let length = value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
                for _ in 0..<length { mask.append(word) }
            }
        }
        // A point, hyphen or slash between two word characters joins them, so file names and
        // addresses (`breadth.csv`, `example.com`), decimals, rule ids (`temporal-theta`) and
        // pairs (`call/put`) are single words, never linked in part.
        let wordCharacters = mask
        var bytes = text.utf8.makeIterator()
        var offset = 0
        while let byte = bytes.next() {
            let joiner = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
            if joiner, offset > 0, offset + 1 < mask.count, wordCharacters[offset - 1], wordCharacters[offset + 1] {
                mask[offset] = true
            }
            offset += 1
        }
        return mask
    }

    static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        String(decoding: bytes, as: UTF8.self)
    }
}
