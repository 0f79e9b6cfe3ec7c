/// The UTF-8 bytes of a text run as the linker reads them: words and ASCII case answered byte by
/// byte, without building a folded copy or a word mask.
///
/// Gives the same answers as `GlossaryLinker.fold` and `GlossaryLinker.wordMask` (the plain
/// definitions, kept for the tests' reference linker): ASCII bytes are classified by their value,
/// and only a non-ASCII character is decoded to ask Unicode whether it is a letter or a digit.
/// Valid only inside the closure that lends the bytes (`String.withUTF8`).
struct GlossaryTextBytes {
    /// The text's bytes: valid UTF-8, as every Swift `String` is.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The number of bytes.
    var count: Int { bytes.count }

    /// `byte` with an ASCII capital letter lowercased, as the names are folded.
    @inline(__always)
    static func folded(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Whether the ASCII `byte` is a word character: a letter, a digit or `_`.
    @inline(__always)
    static func isASCIIWord(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 || byte == 0x5F
    }

    /// Whether `byte` joins the word characters on both sides of it into one token: a point
    /// (`vix.csv`, `0.5`), a hyphen (`time-shift`, `temporal-theta`) or a slash (`call/put`).
    @inline(__always)
    static func isJoiner(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
    }

    /// Whether the byte at `index` belongs to a word character, a joiner between two word
    /// characters included (the word mask's value at `index`).
    @inline(__always)
    func isWord(_ index: Int) -> Bool {
        let byte = bytes[index]
        guard byte < 0x80 else { return isWordScalar(containing: index) }
        guard Self.isJoiner(byte) else { return Self.isASCIIWord(byte) }
        return index > 0 && index + 1 < bytes.count && isWordCharacter(index - 1) && isWordCharacter(index + 1)
    }

    /// Whether a word starts at `index`: a word byte after a non-word byte or the start.
    @inline(__always)
    func isWordStart(_ index: Int) -> Bool {
        isWord(index) && (index == 0 || !isWord(index - 1))
    }

    /// Whether a word may end just before `index`: the end of the text or a non-word byte.
    @inline(__always)
    func isWordEnd(_ index: Int) -> Bool {
        index == bytes.count || !isWord(index)
    }

    /// Whether the byte at `index` belongs to a letter, a digit or `_`, points not counted.
    @inline(__always)
    private func isWordCharacter(_ index: Int) -> Bool {
        let byte = bytes[index]
        return byte < 0x80 ? Self.isASCIIWord(byte) : isWordScalar(containing: index)
    }

    /// Whether the non-ASCII character whose encoding holds the byte at `index` is a letter or a
    /// digit in any script.
    private func isWordScalar(containing index: Int) -> Bool {
        var lead = index
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        let first = UInt32(bytes[lead])
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
        var value = first & (0x7F >> UInt32(length))
        for offset in 1..<length where lead + offset < bytes.count {
            value = value << 6 | UInt32(bytes[lead + offset] & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
