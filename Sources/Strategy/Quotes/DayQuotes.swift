import MarketData

/// One session's option quotes, indexed for the engine: the quoted expirations and, for each
/// expiration and type, the usable quotes in strike order.
///
/// A quote is usable when its mid is positive and finite (the reader has already refused bids
/// above asks and negative prices). When the file quotes a strike twice, the first row counts.
/// The index is an ordering of positions in the day's own array of quotes (4 bytes a quote), so a
/// year of a full chain is not copied again.
struct DayQuotes: Sendable {
    /// The quote date.
    let date: CalendarDate
    /// Every expiration with at least one usable quote, in date order.
    let expirations: [CalendarDate]
    /// The day's quotes, as read (shared with the chain, not copied).
    private let all: [OptionQuote]
    /// Positions in ``all`` of the usable quotes, by expiration, type and strike.
    private let order: [Int32]
    /// The range of ``order`` holding each expiration and type.
    private let ranges: [SeriesKey: Range<Int>]

    /// One expiration and type.
    private struct SeriesKey: Hashable {
        let expiration: CalendarDate
        let kind: LegKind
    }

    /// Indexes one day of `chain.csv`.
    init(_ day: ChainDay) {
        date = day.date
        let all = day.quotes
        self.all = all
        // Sorting positions by (expiration, type, strike, position) keeps file order among equal
        // strikes, so the first row of a strike is the one kept.
        let sorted = all.indices.filter { all[$0].mid > 0 && all[$0].mid.isFinite }.sorted { first, second in
            let a = all[first], b = all[second]
            if a.expiration != b.expiration { return a.expiration < b.expiration }
            if a.right != b.right { return a.right.rawValue < b.right.rawValue }
            if a.strike != b.strike { return a.strike < b.strike }
            return first < second
        }
        var order: [Int32] = []
        order.reserveCapacity(sorted.count)
        var ranges: [SeriesKey: Range<Int>] = [:]
        var expirations: [CalendarDate] = []
        var start = 0
        for (offset, position) in sorted.enumerated() {
            let quote = all[position]
            let previous = offset > 0 ? all[sorted[offset - 1]] : nil
            let sameSeries = previous.map { $0.expiration == quote.expiration && $0.right == quote.right } ?? false
            if !sameSeries {
                if let previous { ranges[Self.key(previous)] = start..<order.count }
                start = order.count
                if expirations.last != quote.expiration { expirations.append(quote.expiration) }
            } else if previous?.strike == quote.strike {
                continue
            }
            order.append(Int32(position))
        }
        if let last = sorted.last { ranges[Self.key(all[last])] = start..<order.count }
        self.order = order
        self.ranges = ranges
        self.expirations = expirations
    }

    private static func key(_ quote: OptionQuote) -> SeriesKey {
        SeriesKey(expiration: quote.expiration, kind: quote.right == .put ? .put : .call)
    }

    /// The usable quotes of one expiration and type, in strike order.
    func quotes(_ expiration: CalendarDate, _ kind: LegKind) -> [OptionQuote] {
        guard let range = ranges[SeriesKey(expiration: expiration, kind: kind)] else { return [] }
        return order[range].map { all[Int($0)] }
    }

    /// The usable quote of one option, if the day has one.
    func quote(_ expiration: CalendarDate, _ kind: LegKind, strike: Double) -> OptionQuote? {
        guard let range = ranges[SeriesKey(expiration: expiration, kind: kind)] else { return nil }
        let positions = order[range]
        let index = positions.partitionIndex(notBelow: { all[Int($0)].strike < strike })
        guard index < positions.endIndex else { return nil }
        let quote = all[Int(positions[index])]
        return quote.strike == strike ? quote : nil
    }
}

/// The quotes of every session of a series that `chain.csv` covers, by the session's index.
struct QuoteIndex: Sendable {
    /// The indexed quotes of the sessions with any, by index into the series' days.
    private let byDay: [Int: DayQuotes]

    /// No quotes: every session is priced by the model.
    static let none = QuoteIndex(byDay: [:])

    private init(byDay: [Int: DayQuotes]) {
        self.byDay = byDay
    }

    /// Indexes the chain of `series`, if it has one.
    init(_ series: MarketSeries) {
        guard let chain = series.chain else {
            self = .none
            return
        }
        var byDay: [Int: DayQuotes] = [:]
        var next = 0
        for (index, day) in series.days.enumerated() {
            while next < chain.days.count, chain.days[next].date < day.date { next += 1 }
            guard next < chain.days.count, chain.days[next].date == day.date else { continue }
            let quotes = DayQuotes(chain.days[next])
            if !quotes.expirations.isEmpty { byDay[index] = quotes }
        }
        self.byDay = byDay
    }

    /// The quotes of the session at `index`, when the chain covers it.
    subscript(index: Int) -> DayQuotes? { byDay[index] }
}
