import Strategy

extension StableHash {
    /// Mixes in the stable encoding of `value`: JSON with sorted keys and every number exact
    /// (records ignore their export precision, see ``RecordEncoding/exact``; NaN and infinities as
    /// text), the bytes `JSONEncoder` writes with `.sortedKeys` (``StableJSON``, which is faster).
    mutating func combine(encoding value: some Encodable) throws {
        let bytes = try RecordEncoding.$exact.withValue(true) { try StableJSON.encode(value) }
        bytes.withUnsafeBytes { combine(buffer: $0) }
    }
}
