/// A 128-bit FNV-1a hash that is the same on every machine and every run (unlike `Hasher`).
///
/// Used to decide whether a page's inputs changed since the last build; it is not a
/// cryptographic hash.
public struct StableHash: Sendable {
    private var low: UInt64 = 0xcbf2_9ce4_8422_2325
    private var high: UInt64 = 0x8422_2325_cbf2_9ce4
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// A fresh hash.
    public init() {}

    /// Mixes `bytes` into the hash.
    public mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            low = (low ^ UInt64(byte)) &* StableHash.prime
            high = (high ^ UInt64(byte ^ 0x5A)) &* StableHash.prime
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        low = (low ^ 0xFF) &* StableHash.prime
        high = (high ^ 0xA5) &* StableHash.prime
    }

    /// Mixes the UTF-8 of `text` into the hash, eight bytes at a time when the text is contiguous.
    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(buffer: UnsafeRawBufferPointer($0)) }
    }

    /// Mixes raw bytes into the hash, a little-endian 64-bit word at a time, then the tail byte by byte.
    public mutating func combine(buffer: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= buffer.count {
            let word = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            low = (low ^ word) &* StableHash.prime
            low ^= low >> 29
            high = (high ^ (word &* 0x9E37_79B9_7F4A_7C15)) &* StableHash.prime
            high ^= high >> 31
            offset += 8
        }
        combine(bytes: buffer[offset...])
    }

    /// Mixes the exact bit pattern of `value` into the hash.
    public mutating func combine(_ value: Double) {
        var bits = value.bitPattern
        withUnsafeBytes(of: &bits) { combine(bytes: $0) }
    }

    /// The hash as 32 lowercase hexadecimal digits.
    public var hex: String {
        func digits(_ value: UInt64) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
        return digits(high) + digits(low)
    }
}
