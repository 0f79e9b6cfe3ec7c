/// What a field of the day outcome measures, and so how it is stored and how many decimals its
/// numbers keep: the one precision table of every record encoding, archive column and export.
public enum FieldUnit: String, Sendable, Hashable, CaseIterable {
    /// A session or expiration date, ISO 8601 text.
    case date
    /// Plain text (ids, names, sentences).
    case text
    /// Text holding a JSON array (events, sentences, rule inputs).
    case json
    /// A yes/no flag.
    case flag
    /// A whole number (layers, days, counts, sequences).
    case count
    /// Index levels (SPX, VIX, the A/D line), strikes and wing widths, in index points.
    case points
    /// Option prices, credits and the levels derived from them (break-evens), in index points.
    case premium
    /// Amounts of money, in USD.
    case usd
    /// Ratios written as decimals: implied volatilities, deltas of one option, erosion, bands.
    case fraction
    /// Percentages (3.5 means 3.5 %).
    case percent
    /// Distances in standard deviations.
    case sigma
    /// Indicator readings (MACD, RSI).
    case indicator
    /// Net delta, vega and theta of a position.
    case greek
    /// Net gamma (small numbers, two more places).
    case gamma
    /// The invariant K and K₀.
    case invariant
    /// Contract counts (fractional by default).
    case contracts
    /// The numbers a rule looked at (written without trailing zeros).
    case ruleInput

    /// Decimal places kept for numbers of this unit (0 for whole numbers, nil for non-numbers).
    public var decimals: Int? {
        switch self {
        case .date, .text, .json, .flag: return nil
        case .count: return 0
        case .points, .usd: return 2
        case .premium, .fraction, .percent, .sigma, .indicator, .greek, .contracts: return 4
        case .gamma, .invariant, .ruleInput: return 6
        }
    }

    /// How values of this unit are typed when stored and exported.
    public var type: FieldType {
        switch self {
        case .date: return .date
        case .text: return .text
        case .json: return .json
        case .flag: return .boolean
        case .count: return .integer
        default: return .decimal(places: decimals ?? 0)
        }
    }

    /// `value` rounded half away from zero to this unit's decimals (NaN and infinities as 0).
    public func rounded(_ value: Double) -> Double {
        Rounding.places(value, decimals ?? 6)
    }
}

/// How a field's values are stored and written: the SQL type and the export format follow from it.
public enum FieldType: Sendable, Hashable {
    /// ISO 8601 date text (`2024-03-15`).
    case date
    /// Plain text.
    case text
    /// Text holding a JSON array; the JSON export embeds it as an array rather than a string.
    case json
    /// A whole number.
    case integer
    /// A number with exactly this many decimals, no exponent, no `-0`.
    case decimal(places: Int)
    /// `true` or `false` (stored as 1 or 0 in SQLite).
    case boolean
}
