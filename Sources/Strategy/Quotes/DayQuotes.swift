import MarketData

/// One session's option quotes, indexed for the engine: the quoted expirations and, for each
/// expiration and type, the usable quotes in strike order.
///
/// A quote is usable when its mid is positive and finite (the reader has already refused bids
/// above asks and negative prices). When the file quotes a strike twice, the first row counts.
struct DayQuotes: Sendable {
    /// The quote date.
    let date: CalendarDate
    /// Every expiration with at least one usable quote, in date order.
    let expirations: [CalendarDate]
    /// The usable quotes of each expiration and type, in strike order, strikes unique.
    private let series: [SeriesKey: [OptionQuote]]

    /// One expiration and type.
    private struct SeriesKey: Hashable {
        let expiration: CalendarDate
        let kind: LegKind
    }

    /// Indexes one day of `chain.csv`.
    init(_ day: ChainDay) {
        date = day.date
        var grouped: [SeriesKey: [OptionQuote]] = [:]
        for quote in day.quotes where quote.mid > 0 && quote.mid.isFinite {
            grouped[SeriesKey(expiration: quote.expiration, kind: quote.right == .put ? .put : .call), default: []]
                .append(quote)
        }
        var series: [SeriesKey: [OptionQuote]] = [:]
        for (key, quotes) in grouped {
            // A stable sort keeps file order among equal strikes, so the first row of a strike wins.
            let sorted = quotes.enumerated().sorted { ($0.element.strike, $0.offset) < ($1.element.strike, $1.offset) }
            var unique: [OptionQuote] = []
            for (_, quote) in sorted where unique.last?.strike != quote.strike { unique.append(quote) }
            series[key] = unique
        }
        self.series = series
        expirations = Set(series.keys.map(\.expiration)).sorted()
    }

    /// The usable quotes of one expiration and type, in strike order.
    func quotes(_ expiration: CalendarDate, _ kind: LegKind) -> [OptionQuote] {
        series[SeriesKey(expiration: expiration, kind: kind)] ?? []
    }

    /// The usable quote of one option, if the day has one.
    func quote(_ expiration: CalendarDate, _ kind: LegKind, strike: Double) -> OptionQuote? {
        let quotes = self.quotes(expiration, kind)
        let index = quotes.partitionIndex(notBelow: { $0.strike < strike })
        return index < quotes.count && quotes[index].strike == strike ? quotes[index] : nil
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
