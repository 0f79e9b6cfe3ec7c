import Strategy

/// Decimal places of every stored number: values are rounded once, when a row is built, so the
/// database, the CSV and the JSON export hold exactly the same numbers.
///
/// The places match the engine's own JSON encoding of a ``DayRecord``.
public enum ArchivePrecision {
    /// Index levels (SPX, VIX, A/D line), strikes and wing widths.
    public static let level = 2
    /// USD amounts (cash, equity, P&L, costs, max loss).
    public static let money = 2
    /// Option prices, credits and break-evens, in index points.
    public static let price = 4
    /// Implied volatilities, deltas, erosion, bands, distances, signals.
    public static let ratio = 4
    /// Contract counts (fractional by default).
    public static let contracts = 4
    /// Net delta, vega and theta.
    public static let greeks = 4
    /// Net gamma (small numbers, two more places).
    public static let gamma = 6
    /// The invariant K and K₀.
    public static let invariant = 6
    /// Rule inputs and the follow-through averages.
    public static let input = 6

    /// The value rounded half away from zero to `places` decimals (never -0, NaN and infinities as 0).
    static func round(_ value: Double, _ places: Int) -> Double {
        Rounding.places(value, places)
    }

    /// The optional value rounded to `places` decimals.
    static func round(_ value: Double?, _ places: Int) -> Double? {
        value.map { Rounding.places($0, places) }
    }
}
