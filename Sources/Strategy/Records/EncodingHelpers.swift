extension KeyedEncodingContainer {
    /// Encodes a number rounded to `places` decimals, so that exports are short and deterministic.
    mutating func encode(_ value: Double, forKey key: Key, places: Int) throws {
        try encode(RecordEncoding.rounded(value, places), forKey: key)
    }

    /// Encodes an optional number rounded to `places` decimals, writing `null` when it is absent.
    mutating func encode(_ value: Double?, forKey key: Key, places: Int) throws {
        if let value {
            try encode(RecordEncoding.rounded(value, places), forKey: key)
        } else {
            try encodeNil(forKey: key)
        }
    }
}

/// Decimal places used when records are encoded (JSON, CSV): one place to change them.
enum ExportPrecision {
    /// Index levels (SPX, VIX) and strikes.
    static let level = 2
    /// USD amounts.
    static let money = 2
    /// Option prices and credits in index points.
    static let price = 4
    /// Implied volatilities, deltas, bands, erosion.
    static let ratio = 4
    /// Contract counts (fractional by default).
    static let contracts = 4
    /// Net Greeks.
    static let greeks = 4
    /// The invariant K.
    static let invariant = 6
}

/// How records encode their numbers: rounded to ``ExportPrecision`` for exports, or exact when
/// an encoding is hashed rather than published (a cache key must see every digit).
public enum RecordEncoding {
    /// True while records encode every number exactly; set it with
    /// `RecordEncoding.$exact.withValue(true) { … }` around the encoding.
    @TaskLocal public static var exact = false

    /// `value` rounded to `places` decimals, or `value` itself while ``exact`` is set.
    static func rounded(_ value: Double, _ places: Int) -> Double {
        exact ? value : Rounding.places(value, places)
    }
}
