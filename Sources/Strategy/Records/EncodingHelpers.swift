extension KeyedEncodingContainer {
    /// Encodes a number rounded to `places` decimals, so that exports are short and deterministic.
    mutating func encode(_ value: Double, forKey key: Key, places: Int) throws {
        try encode(Rounding.places(value, places), forKey: key)
    }

    /// Encodes an optional number rounded to `places` decimals, writing `null` when it is absent.
    mutating func encode(_ value: Double?, forKey key: Key, places: Int) throws {
        if let value {
            try encode(Rounding.places(value, places), forKey: key)
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
