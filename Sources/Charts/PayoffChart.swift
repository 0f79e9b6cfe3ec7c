/// The payoff chart of an iron condor: P&L across the SPX level at expiration and today.
///
/// Draws the expiration P&L (solid) and today's T+0 P&L (dashed), the zero line, the profit zone
/// (where the expiration P&L is above zero) shaded, and labelled vertical markers for the
/// break-evens, the short strikes, the long strikes and today's spot.
///
/// ```swift
/// let chart = PayoffChart(id: "payoff-2024-03-15", input: .init(
///     expiration: curve, today: todayCurve,
///     breakEvens: .init(low: 4_807.65, high: 5_092.35),
///     shortStrikes: .init(put: 4_820, call: 5_080), longStrikes: .init(put: 4_720, call: 5_180),
///     spot: 4_950.12))
/// let svg = chart.svg()
/// ```
public typealias PayoffChart = Chart<PayoffChartInput>

/// What the payoff chart shows.
///
/// Curves are `(spot, pnl)` points in any order (they are sorted by spot); points with a
/// non-finite coordinate are dropped. A marker that is nil, not finite, or outside the curves'
/// spot range is not drawn.
public struct PayoffChartInput: ChartInput {
    public static let name = "payoff"

    /// A put and a call strike.
    public struct Strikes: Sendable, Equatable {
        /// The put strike (below the spot).
        public var put: Double
        /// The call strike (above the spot).
        public var call: Double

        /// Creates a strike pair.
        public init(put: Double, call: Double) {
            self.put = put
            self.call = call
        }
    }

    /// The lower and upper break-even levels.
    public struct BreakEvens: Sendable, Equatable {
        /// The lower break-even (short put − credit).
        public var low: Double
        /// The upper break-even (short call + credit).
        public var high: Double

        /// Creates a break-even pair.
        public init(low: Double, high: Double) {
            self.low = low
            self.high = high
        }
    }

    /// The accessible title (`<title>`).
    public var title: String
    /// The accessible description (`<desc>`); nil writes one from the data.
    public var description: String?
    /// P&L at expiration by SPX level.
    public var expiration: [ChartPoint]
    /// P&L today (T+0) by SPX level; may be empty.
    public var today: [ChartPoint]
    /// The break-evens.
    public var breakEvens: BreakEvens?
    /// The short strikes.
    public var shortStrikes: Strikes?
    /// The long strikes (wings).
    public var longStrikes: Strikes?
    /// Today's SPX close.
    public var spot: Double?
    /// The P&L unit, shown in the y axis title `P&L (<unit>)`.
    public var unit: String
    /// The x axis title.
    public var xAxisTitle: String

    /// Creates the input of a payoff chart.
    ///
    /// - Parameters:
    ///   - title: the accessible title.
    ///   - description: the accessible description, or nil to write one from the data.
    ///   - expiration: `(spot, pnl)` at expiration.
    ///   - today: `(spot, pnl)` today (T+0); empty to leave the curve out.
    ///   - breakEvens: the break-evens, or nil.
    ///   - shortStrikes: the short put and call strikes, or nil.
    ///   - longStrikes: the long put and call strikes, or nil.
    ///   - spot: today's SPX close, or nil.
    ///   - unit: the P&L unit (`USD`).
    ///   - xAxisTitle: the x axis title (`SPX at expiration`).
    public init(
        title: String = "Iron condor payoff", description: String? = nil,
        expiration: [ChartPoint], today: [ChartPoint] = [],
        breakEvens: BreakEvens? = nil, shortStrikes: Strikes? = nil, longStrikes: Strikes? = nil,
        spot: Double? = nil, unit: String = "USD", xAxisTitle: String = "SPX at expiration"
    ) {
        self.title = title
        self.description = description
        self.expiration = expiration
        self.today = today
        self.breakEvens = breakEvens
        self.shortStrikes = shortStrikes
        self.longStrikes = longStrikes
        self.spot = spot
        self.unit = unit
        self.xAxisTitle = xAxisTitle
    }
}

extension Chart where Kind == PayoffChartInput {
    /// A put and a call strike.
    public typealias Strikes = PayoffChartInput.Strikes
    /// The lower and upper break-even levels.
    public typealias BreakEvens = PayoffChartInput.BreakEvens
}

extension PayoffChartInput {
    /// Draws `chart`.
    public static func content(of chart: PayoffChart) -> [SVGElement] { chart.content() }
    /// Describes `chart` from its data.
    public static func generatedDescription(of chart: PayoffChart) -> String { chart.generatedDescription }
}
