import Foundation
import MarketData
import OptionMath
import TestSupport

@testable import Strategy

/// A generated option chain for a test series: the model's prices with noise and a bid–ask
/// spread, on a 10-point strike grid (the model's grid is 5 points) and on expirations every four
/// weeks (not the calendar rule's), so that a condor chosen from the quotes is told apart from
/// one chosen by the model.
struct QuotedChainFixture {
    /// The series the chain quotes.
    let series: MarketSeries
    /// The quote dates: sessions `quoted` of the series.
    let quoted: Range<Int>
    /// The chain.
    let chain: OptionChain

    /// Quotes sessions `quoted` of `series`, with relative noise up to `noise` on the model mids.
    init(series: MarketSeries, quoted: Range<Int>, seed: UInt64 = 7, noise: Double = 0.04) {
        self.series = series
        self.quoted = quoted
        var random = SplitMix64(seed: seed)
        let first = series.days[quoted.lowerBound].date
        let expirations = (0..<12).map { NYSECalendar.sessionOnOrAfter(first.adding(days: 9 + 28 * $0)) }
        var days: [ChainDay] = []
        for index in quoted {
            let day = series.days[index]
            let market = DayMarket(day: day, model: ModelParameters())
            var quotes: [OptionQuote] = []
            for expiration in expirations where market.daysTo(expiration) > 0 && market.daysTo(expiration) <= 120 {
                let expiry = market.expiry(years: market.years(to: expiration))
                let low = ((day.spx * 0.75) / 10).rounded(.down) * 10
                let high = ((day.spx * 1.25) / 10).rounded(.up) * 10
                for strike in stride(from: low, through: high, by: 10) {
                    for kind in [LegKind.put, .call] {
                        let model = market.option(kind, strike: strike, expiry: expiry).greeks.price
                        let mid = ((model * (1 + noise * (2 * random.nextUnit() - 1))) * 20).rounded() / 20
                        guard mid >= 0.1 else { continue }
                        let half = max(0.05, (mid * 0.02 * 20).rounded() / 20)
                        quotes.append(
                            OptionQuote(
                                expiration: expiration, right: kind == .put ? .put : .call, strike: strike,
                                bid: mid - half, ask: mid + half))
                    }
                }
            }
            days.append(ChainDay(date: day.date, underlying: day.spx, quotes: quotes))
        }
        chain = OptionChain(days: days)
    }

    /// The series with the chain attached.
    var quotedSeries: MarketSeries {
        var copy = series
        copy.chain = chain
        return copy
    }

    /// The quotes of session `index`, as the engine indexes them.
    func quotes(at index: Int) -> DayQuotes? {
        chain.day(series.days[index].date).map(DayQuotes.init)
    }

    /// `chain.csv` in one of the layouts people download, with `bad` rows appended after the good
    /// ones (each a whole line).
    func csv(_ layout: Layout, bad: [String] = []) -> String {
        var lines: [String] = [layout.header]
        for day in chain.days {
            for quote in day.quotes {
                lines.append(layout.row(date: day.date, underlying: day.underlying ?? 0, quote: quote))
            }
        }
        return (lines + bad).joined(separator: layout.lineEnd) + layout.lineEnd
    }

    /// The chain layouts written by ``csv(_:bad:)``.
    enum Layout: CaseIterable {
        /// optionsDX: bracketed, spaced headers, a BOM, CRLF, ISO dates, `C`/`P`, extra columns.
        case optionsDX
        /// historicaloptiondata: US dates, `call`/`put`, no implied volatility column.
        case historical
        /// optopsy: lower-case `c`/`p`, ISO dates.
        case optopsy

        var header: String {
            switch self {
            case .optionsDX:
                "\u{FEFF}[QUOTE_UNIXTIME], [QUOTE_DATE], [UNDERLYING_LAST], [EXPIRE_DATE], [DTE], [TYPE], [STRIKE], [BID], [ASK]"
            case .historical: "UnderlyingSymbol,UnderlyingPrice,Type,Expiration,DataDate,Strike,Last,Bid,Ask,Volume"
            case .optopsy: "underlying_symbol,underlying_price,option_type,expiration,quote_date,strike,bid,ask"
            }
        }

        var lineEnd: String { self == .optionsDX ? "\r\n" : "\n" }

        func row(date: CalendarDate, underlying: Double, quote: OptionQuote) -> String {
            let put = quote.right == .put
            switch self {
            case .optionsDX:
                return "0, \(date.iso), \(underlying), \(quote.expiration.iso), \(quote.expiration - date), "
                    + "\(put ? "P" : "C"), \(quote.strike), \(quote.bid), \(quote.ask)"
            case .historical:
                return "SPX,\(underlying),\(put ? "put" : "call"),\(Self.us(quote.expiration)),\(Self.us(date)),"
                    + "\(quote.strike),\(quote.bid),\(quote.bid),\(quote.ask),10"
            case .optopsy:
                return "SPX,\(underlying),\(put ? "p" : "c"),\(quote.expiration.iso),\(date.iso),\(quote.strike),"
                    + "\(quote.bid),\(quote.ask)"
            }
        }

        private static func us(_ date: CalendarDate) -> String {
            let parts = date.iso.split(separator: "-")
            return "\(parts[1])/\(parts[2])/\(parts[0])"
        }
    }
}
