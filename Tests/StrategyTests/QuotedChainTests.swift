import Foundation
import MarketData
import OptionMath
import Testing

@testable import Strategy

/// The engine on days with option quotes: expirations and strikes chosen from the quotes, legs
/// marked at their mids, the model where the quotes cannot answer, and `chain.csv` in three layouts.
@Suite("Pricing from option chains")
struct QuotedChainTests {
    /// 120 sessions of a generated market; sessions 40–89 are quoted.
    static let fixture = QuotedChainFixture(
        series: TestMarkets.generated(seed: 23, sessions: 120, events: false), quoted: 40..<90)

    /// The steward's run with the chain.
    static let run = StrategyEngine().run(series: fixture.quotedSeries, profile: .steward)

    /// The first quoted session on which a condor was opened, with its index.
    static func firstQuotedEntry() throws -> (index: Int, record: DayRecord) {
        let index = try #require(
            fixture.quoted.first { run.records[$0].firing(.entry) != nil && run.records[$0].position != nil })
        return (index, run.records[index])
    }

    @Test("an entry on a quoted day takes the quoted expiration nearest the target and quoted strikes at their mids")
    func entryFromQuotes() throws {
        let (index, record) = try Self.firstQuotedEntry()
        let position = try #require(record.position)
        let quotes = try #require(Self.fixture.quotes(at: index))
        let date = record.date
        let parameters = StrategyParameters()
        // The expiration: among the quoted ones more than exitDTE days away, nearest to the target, ties later.
        let target = record.layer >= 2 ? parameters.shortDTE : parameters.targetDTE
        let expected = quotes.expirations.filter { $0 - date > parameters.exitDTE }
            .sorted { (abs(($0 - date) - target), -($0 - date)) < (abs(($1 - date) - target), -($1 - date)) }.first
        #expect(position.expiration == expected)
        #expect(!SPXExpirations.isExpiration(position.expiration) || position.expiration == expected)
        // Every leg quoted, priced at its quote's mid, the credit the sum of the mids.
        for leg in position.legs {
            let quote = try #require(quotes.quote(position.expiration, leg.kind, strike: leg.strike))
            #expect(leg.source == .market && leg.price == quote.mid && leg.strike.truncatingRemainder(dividingBy: 10) == 0)
        }
        let legs = position.legs
        let credit = legs[1].price + legs[2].price - legs[0].price - legs[3].price
        #expect(abs(position.credit - credit) < 1e-12)
        #expect(record.quoteFallback == nil)
    }

    @Test("the short put's delta, from the volatility solved from its mid, is the nearest to the target among quoted puts")
    func shortStrikeByQuotedDelta() throws {
        let (index, record) = try Self.firstQuotedEntry()
        guard record.layer == 0 else { return }  // a widened strike is moved on purpose
        let position = try #require(record.position)
        let quotes = try #require(Self.fixture.quotes(at: index))
        let day = Self.fixture.series.days[index]
        let market = DayMarket(day: day, model: ModelParameters())
        let years = market.years(to: position.expiration)
        func deltaError(_ quote: OptionQuote) -> Double? {
            guard
                case .success(let volatility) = ImpliedVolatility.solve(
                    price: quote.mid, type: .put, spot: day.spx, strike: quote.strike, years: years,
                    rate: market.rate, dividendYield: market.dividendYield)
            else { return nil }
            let delta = BlackScholesMerton.evaluate(
                type: .put, spot: day.spx, strike: quote.strike, years: years, volatility: volatility,
                rate: market.rate, dividendYield: market.dividendYield
            ).delta
            return abs(abs(delta) - StrategyParameters().shortDelta)
        }
        let puts = quotes.quotes(position.expiration, .put).filter { $0.strike < day.spx }
        let best = puts.compactMap { quote in deltaError(quote).map { (quote.strike, $0) } }.min { $0.1 < $1.1 }
        #expect(position.leg(.put, .short)?.strike == best?.0)
    }

    @Test("held legs are marked at the day's mids while quoted, by the model after the chain ends")
    func dailyMarks() throws {
        let records = Self.run.records
        var quotedMarks = 0
        var modelMarks = 0
        for index in records.indices {
            guard let position = records[index].position, records[index].firing(.entry) == nil else { continue }
            let quotes = Self.fixture.quotes(at: index)
            for leg in position.legs {
                if let quote = quotes?.quote(position.expiration, leg.kind, strike: leg.strike), position.dte > 0 {
                    #expect(leg.source == .market && leg.price == quote.mid)
                    quotedMarks += 1
                } else {
                    #expect(leg.source == .model)
                    modelMarks += 1
                }
            }
        }
        #expect(quotedMarks > 20 && modelMarks > 20)
        // Before the chain starts, no leg is quoted.
        #expect(records[..<Self.fixture.quoted.lowerBound].allSatisfy { $0.position?.legs.allSatisfy { $0.source == .model } ?? true })
    }

    @Test("without a quoted expiration beyond exitDTE, or with a strike unquoted, the entry falls back to the model and says why")
    func fallbacks() throws {
        let index = Self.fixture.quoted.lowerBound
        let day = Self.fixture.series.days[index]
        let all = try #require(Self.fixture.chain.day(day.date))
        let builder = CondorBuilder(parameters: StrategyParameters())
        let plain = try builder.propose(market: DayMarket(day: day, model: ModelParameters()), layer: 0).get()
        #expect(plain.quoteFallback == nil)

        let soon = all.quotes.filter { $0.expiration - day.date <= StrategyParameters().exitDTE }
        let shortOnly = DayMarket(
            day: day, model: ModelParameters(),
            quotes: DayQuotes(ChainDay(date: day.date, underlying: day.spx, quotes: soon.isEmpty ? [Self.oneQuote(day)] : soon)))
        let modelled = try builder.propose(market: shortOnly, layer: 0).get()
        #expect(modelled.quoteFallback == .noExpiration)
        #expect(modelled.expiration == plain.expiration && modelled.strikes == plain.strikes)

        let callsOnly = DayMarket(
            day: day, model: ModelParameters(),
            quotes: DayQuotes(ChainDay(date: day.date, underlying: day.spx, quotes: all.quotes.filter { $0.right == .call })))
        #expect(try builder.propose(market: callsOnly, layer: 0).get().quoteFallback == .strikeNotQuoted)
    }

    /// A put expiring the next day, for a chain with nothing beyond exitDTE.
    private static func oneQuote(_ day: TradingDay) -> OptionQuote {
        OptionQuote(
            expiration: NYSECalendar.nextSession(after: day.date), right: .put, strike: (day.spx / 10).rounded() * 10,
            bid: 5, ask: 6)
    }

    @Test("an entry at mids costs exactly the slippage and commissions: the cash of fills at mid ∓ slippage")
    func fillsAtMidsWithSlippage() throws {
        let records = Self.run.records
        // A quoted entry from a flat account with no hedges, so that only the condor moves the cash.
        let index = try #require(
            Self.fixture.quoted.first {
                records[$0].firing(.entry) != nil && records[$0 - 1].position == nil && records[$0 - 1].hedges.isEmpty
                    && records[$0].hedges.isEmpty
            })
        let (previous, record) = (records[index - 1], records[index])
        let parameters = StrategyParameters()
        let position = try #require(record.position)
        #expect(position.legs.allSatisfy { $0.source == .market })
        // Selling at mid − s and buying at mid + s on four legs is the mid credit less 4·s per condor.
        let fillCredit = position.credit - 4 * parameters.slippagePerLeg
        let cashAfterFills = previous.cash - 4 * position.contracts * parameters.commissionPerContract
            - (position.credit - fillCredit) * parameters.contractMultiplier * position.contracts
        #expect(abs(record.cash - cashAfterFills) < 1e-6)
        // Marked at the same mids, the condor is worth its mid credit: equity is cash plus nothing.
        #expect(abs(record.equity - record.cash) < 1e-6)
    }

    @Test("a condor closed on a quoted day closes at the mids, with the slippage and commissions as its closing costs")
    func closesAtMids() throws {
        let parameters = StrategyParameters()
        let fixture = Self.fixture
        let closed = Self.run.trades.filter { trade in
            trade.reason != .expiry && fixture.quoted.contains { fixture.series.days[$0].date == trade.closeDate }
                && fixture.quoted.contains { fixture.series.days[$0].date == trade.openDate }
        }
        var checked = 0
        for trade in closed {
            let index = try #require(fixture.series.days.firstIndex { $0.date == trade.closeDate })
            let quotes = try #require(fixture.quotes(at: index))
            // Only trades whose four legs are all quoted on the closing day (a far wing can drop out
            // of the quoted strikes, and is then marked by the model).
            let mids = [(LegKind.put, trade.shortPut), (.call, trade.shortCall), (.put, trade.longPut), (.call, trade.longCall)]
                .compactMap { quotes.quote(trade.expiration, $0.0, strike: $0.1)?.mid }
            guard mids.count == 4 else { continue }
            checked += 1
            let costToClose = mids[0] + mids[1] - mids[2] - mids[3]
            #expect(abs(trade.closingCost - costToClose) < 1e-12)
            let fourLegs = 4 * trade.contracts * parameters.costPerLegPerContract
            #expect(abs(trade.costs - 2 * fourLegs) < 1e-9)
            let gross = (trade.credit - trade.closingCost) * parameters.contractMultiplier * trade.contracts
            #expect(abs(trade.pnl - (gross - 2 * fourLegs)) < 1e-9)
        }
        #expect(checked > 0)
    }

    @Test("chain.csv in the optionsDX, historicaloptiondata and optopsy layouts gives the same run")
    func layouts() throws {
        let fixture = Self.fixture
        let spx = "Date,Close\n" + fixture.series.days.map { "\($0.date.iso),\($0.spx)" }.joined(separator: "\n") + "\n"
        let vix = "DATE,CLOSE\n" + fixture.series.days.map { "\($0.date.iso),\($0.vix)" }.joined(separator: "\n") + "\n"
        // The closes alone, as the two price files give them.
        let reference = MarketSeries(
            days: fixture.series.days.map { TradingDay(date: $0.date, spx: $0.spx, vix: $0.vix) }, chain: fixture.chain)
        let expected = StrategyEngine().run(series: reference, profile: .steward).records
        for layout in QuotedChainFixture.Layout.allCases {
            let loaded = try MarketDataLoader.load(
                contents: ["spx.csv": spx, "vix.csv": vix, "chain.csv": fixture.csv(layout)])
            #expect(loaded.chain?.quoteCount == fixture.chain.quoteCount, "\(layout)")
            let records = StrategyEngine().run(series: loaded.series, profile: .steward).records
            #expect(records == expected, "\(layout)")
        }
    }

    @Test("bad chain rows are reported with file, line and column, and skipped when lenient")
    func badRows() throws {
        let fixture = Self.fixture
        let spx = "Date,Close\n" + fixture.series.days.map { "\($0.date.iso),\($0.spx)" }.joined(separator: "\n") + "\n"
        let vix = "DATE,CLOSE\n" + fixture.series.days.map { "\($0.date.iso),\($0.vix)" }.joined(separator: "\n") + "\n"
        let date = fixture.series.days[fixture.quoted.lowerBound].date.iso
        let text = fixture.csv(.optopsy, bad: ["SPX,2000,p,2015-01-01,\(date),1900,1.0,1.2", "SPX,2000,x,2015-12-18,\(date),1900,1.0,1.2"])
        let lines = text.split(separator: "\n").count
        do {
            _ = try MarketDataLoader.load(contents: ["spx.csv": spx, "vix.csv": vix, "chain.csv": text])
            Issue.record("bad rows were accepted")
        } catch let error as DataValidationError {
            let found = error.issues.map(\.description)
            #expect(found == [
                "chain.csv:\(lines - 1): column expiration: expected an expiration on or after the quote date \(date), "
                    + "found 2015-01-01",
                "chain.csv:\(lines): column option_type: expected call, put, C or P, found \"x\"",
                "chain.csv: 2 rows with errors; fix them",
            ])
        }
        let lenient = try MarketDataLoader.load(
            contents: ["spx.csv": spx, "vix.csv": vix, "chain.csv": text], lenient: true)
        #expect(lenient.chain?.quoteCount == fixture.chain.quoteCount)
        #expect(lenient.warnings.filter { $0.file == "chain.csv" }.map(\.line) == [lines - 1, lines])
    }
}
