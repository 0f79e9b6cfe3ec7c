/// The range a number read from an input file must lie in, and how it is described when it does not.
///
/// The bounds are generous (far beyond anything the markets have printed) and exist so that a
/// mangled or hostile value such as `1e300` is refused where it is read, with its file, line and
/// column, instead of overflowing a formatter later.
struct ValueBounds: Sendable {
    /// The smallest accepted value.
    var lower: Double
    /// The largest accepted value.
    var upper: Double
    /// What an acceptable value is, for `expected ...` messages, e.g. `a price from 0.01 to 1000000`.
    var expected: String
    /// True when only whole numbers are accepted (counts).
    var wholeNumbers = false

    /// True when `value` lies within the bounds (and is whole, when required).
    func contains(_ value: Double) -> Bool {
        value >= lower && value <= upper && (!wholeNumbers || value == value.rounded())
    }

    /// An SPX price (close, open, high, low): a cent up to one million index points.
    static let spxPrice = ValueBounds(lower: 0.01, upper: 1_000_000, expected: "a price from 0.01 to 1000000")

    /// A VIX level or VIX future (VIX closed at 82.69 at its highest): a cent up to 1,000 points.
    static let vixLevel = ValueBounds(lower: 0.01, upper: 1_000, expected: "a level from 0.01 to 1000")

    /// A count of NYSE issues (about 3,000 are listed): a whole number up to 100,000.
    static let issueCount = ValueBounds(
        lower: 0, upper: 100_000, expected: "a whole number from 0 to 100000", wholeNumbers: true)

    /// An annual rate in percent (T-bills have ranged from about −0.1 % to 8 % since 1990).
    static let ratePercent = ValueBounds(lower: -10, upper: 100, expected: "an annual percent from -10 to 100")
}
