import Strategy

extension StableHash {
    /// Mixes in the stable encoding of `value`: JSON with sorted keys and every number exact
    /// (records ignore their export precision, see ``RecordEncoding/exact``; NaN and infinities as
    /// text), the bytes `JSONEncoder` writes with `.sortedKeys` (``StableJSON``, which is faster).
    ///
    /// For the data key, which the archive publishes as its `input_hash`: its value must not change
    /// with the encoder. Page keys use the faster ``combine(canonicalEncoding:)``.
    mutating func combine(encoding value: some Encodable) throws {
        let bytes = try RecordEncoding.$exact.withValue(true) { try StableJSON.encode(value) }
        bytes.withUnsafeBytes { combine(buffer: $0) }
    }

    /// Mixes in the canonical encoding of `value` (``StableHashEncoder``): every field's name, type
    /// and exact value (records ignore their export precision, see ``RecordEncoding/exact``), in
    /// the value's encode order, dictionaries and sets sorted.
    mutating func combine(canonicalEncoding value: some Encodable) throws {
        let encoder = StableHashEncoder()
        try RecordEncoding.$exact.withValue(true) { try encoder.write(value) }
        encoder.withBytes { combine(buffer: $0) }
    }
}
