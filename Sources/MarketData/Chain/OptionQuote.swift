/// Whether an option is a call or a put.
public enum OptionRight: UInt8, Sendable, Hashable, Codable {
    case call, put
}

/// One end-of-day quote of an SPX option, as read from `chain.csv`, stored compactly (a year of
/// chain is millions of quotes): absent optional values are NaN.
public struct OptionQuote: Sendable, Hashable {
    /// The expiration, as days since 1970-01-01.
    private let expirationDay: Int32
    /// Call or put.
    public let right: OptionRight
    /// The strike, in index points.
    public let strike: Double
    /// The bid, in index points per option.
    public let bid: Double
    /// The ask, in index points per option.
    public let ask: Double
    /// The file's implied volatility (a fraction, 0.18 for 18 %), NaN when not given.
    private let storedImpliedVolatility: Double
    /// The file's delta, NaN when not given.
    private let storedDelta: Double

    /// Creates a quote.
    public init(
        expiration: CalendarDate, right: OptionRight, strike: Double, bid: Double, ask: Double,
        impliedVolatility: Double? = nil, delta: Double? = nil
    ) {
        expirationDay = Int32(clamping: expiration.daysSinceEpoch)
        self.right = right
        self.strike = strike
        self.bid = bid
        self.ask = ask
        storedImpliedVolatility = impliedVolatility ?? .nan
        storedDelta = delta ?? .nan
    }

    /// The expiration date.
    public var expiration: CalendarDate { CalendarDate(daysSinceEpoch: Int(expirationDay)) }
    /// The middle of the bid and the ask.
    public var mid: Double { (bid + ask) / 2 }
    /// The file's implied volatility, when it gives one.
    public var impliedVolatility: Double? { storedImpliedVolatility.isNaN ? nil : storedImpliedVolatility }
    /// The file's delta, when it gives one.
    public var delta: Double? { storedDelta.isNaN ? nil : storedDelta }

    public static func == (lhs: OptionQuote, rhs: OptionQuote) -> Bool {
        lhs.expirationDay == rhs.expirationDay && lhs.right == rhs.right && lhs.strike == rhs.strike
            && lhs.bid == rhs.bid && lhs.ask == rhs.ask && lhs.impliedVolatility == rhs.impliedVolatility
            && lhs.delta == rhs.delta
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(expirationDay)
        hasher.combine(right)
        hasher.combine(strike)
        hasher.combine(bid)
        hasher.combine(ask)
        hasher.combine(impliedVolatility)
        hasher.combine(delta)
    }
}

/// The quotes of one quote date.
public struct ChainDay: Sendable, Hashable {
    /// The quote date.
    public let date: CalendarDate
    /// The underlying's last price the file gives for the date, when it gives one.
    public let underlying: Double?
    /// The quotes, in file order.
    public let quotes: [OptionQuote]
    /// The line of the day's first row in `chain.csv` (0 when not read from a file).
    public let line: Int

    /// Creates a day of quotes.
    public init(date: CalendarDate, underlying: Double?, quotes: [OptionQuote], line: Int = 0) {
        self.date = date
        self.underlying = underlying
        self.quotes = quotes
        self.line = line
    }
}

/// Every quote kept from `chain.csv`, by quote date.
public struct OptionChain: Sendable, Hashable {
    /// The days, in date order.
    public let days: [ChainDay]

    /// Creates a chain.
    public init(days: [ChainDay]) {
        self.days = days.sorted { $0.date < $1.date }
    }

    /// The number of quotes kept.
    public var quoteCount: Int { days.reduce(0) { $0 + $1.quotes.count } }

    /// The quotes of `date`, if the chain has any.
    public func day(_ date: CalendarDate) -> ChainDay? {
        let index = days.partitionIndex(notBelow: { $0.date < date })
        return index < days.count && days[index].date == date ? days[index] : nil
    }
}
