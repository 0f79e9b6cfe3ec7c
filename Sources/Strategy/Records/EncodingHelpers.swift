extension KeyedEncodingContainer {
    /// Encodes a number rounded to its unit's decimals (``FieldUnit/decimals``), so that exports are
    /// short and deterministic.
    mutating func encode(_ value: Double, forKey key: Key, unit: FieldUnit) throws {
        try encode(RecordEncoding.rounded(value, unit), forKey: key)
    }

    /// Encodes an optional number rounded to its unit's decimals, writing `null` when it is absent.
    mutating func encode(_ value: Double?, forKey key: Key, unit: FieldUnit) throws {
        if let value {
            try encode(RecordEncoding.rounded(value, unit), forKey: key)
        } else {
            try encodeNil(forKey: key)
        }
    }
}

/// How records encode their numbers: rounded to their ``FieldUnit`` for exports, or exact when
/// an encoding is hashed rather than published (a cache key must see every digit).
public enum RecordEncoding {
    /// True while records encode every number exactly; set it with
    /// `RecordEncoding.$exact.withValue(true) { … }` around the encoding.
    @TaskLocal public static var exact = false

    /// `value` rounded to its unit's decimals, or `value` itself while ``exact`` is set.
    static func rounded(_ value: Double, _ unit: FieldUnit) -> Double {
        exact ? value : unit.rounded(value)
    }
}
