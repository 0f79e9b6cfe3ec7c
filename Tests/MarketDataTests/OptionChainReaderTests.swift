import Testing

@testable import MarketData

/// `chain.csv` in the layouts people buy or download, and every kind of bad row.
@Suite("Option chains")
struct OptionChainReaderTests {
    /// Reads `text` as `chain.csv`.
    private func read(_ text: String, lenient: Bool = false, maximumDays: Int? = nil) -> OptionChainReader.Result {
        OptionChainReader(maximumDays: maximumDays).read(CSVRowStream(text: text), lenient: lenient)
    }

    @Test("optionsDX-style headers: brackets, spaces, a BOM, CRLF and other columns ignored")
    func optionsDX() throws {
        let text =
            "\u{FEFF}[QUOTE_UNIXTIME], [QUOTE_DATE], [UNDERLYING_LAST], [EXPIRE_DATE], [DTE], [TYPE], [STRIKE], [BID], [ASK], [IV], [DELTA]\r\n"
            + "1704229200, 2024-01-02, 4742.83, 2024-02-16, 45.0, P, 4500, 10.1, 10.4, 0.1612, -0.2011\r\n"
            + "1704229200, 2024-01-02, 4742.83, 2024-02-16, 45.0, C, 4900, 12.0, 12.5, , 0.2402\r\n"
        let result = read(text)
        #expect(result.issues.isEmpty)
        #expect(result.notes == ["chain.csv: ignored columns [QUOTE_UNIXTIME], [DTE]"])
        let day = try #require(result.chain.day(try Fixture.date("2024-01-02")))
        #expect(day.underlying == 4742.83 && day.line == 2)
        #expect(day.quotes.count == 2)
        let put = day.quotes[0], call = day.quotes[1]
        #expect(put.right == .put && put.strike == 4500 && put.bid == 10.1 && put.ask == 10.4)
        #expect(put.expiration.iso == "2024-02-16" && abs(put.mid - 10.25) < 1e-12)
        #expect(put.impliedVolatility == 0.1612 && put.delta == -0.2011)
        #expect(call.right == .call && call.impliedVolatility == nil && call.delta == 0.2402)
    }

    @Test("historicaloptiondata and optopsy layouts, US and ISO dates, call/put and C/P")
    func otherLayouts() throws {
        let historical = """
            UnderlyingSymbol,UnderlyingPrice,Exchange,OptionSymbol,OptionExt,Type,Expiration,DataDate,Strike,Last,Bid,Ask,Volume,OpenInterest,IV,Delta
            SPX,4742.83,*,SPXW240216P04500000,,put,02/16/2024,01/02/2024,4500,10.2,10.1,10.4,120,3400,0.1612,-0.2011
            SPX,4704.81,*,SPXW240216C04900000,,call,02/16/2024,01/03/2024,4900,9.0,8.8,9.1,55,1200,0.1488,0.2100

            """
        let first = read(historical)
        #expect(first.issues.isEmpty)
        #expect(first.chain.days.map(\.date.iso) == ["2024-01-02", "2024-01-03"])
        #expect(first.chain.days[1].quotes[0].right == .call && first.chain.days[1].underlying == 4704.81)
        let optopsy = """
            underlying_symbol,underlying_price,option_type,expiration,quote_date,strike,bid,ask,delta
            SPX,4742.83,p,2024-02-16,2024-01-02,4500,10.1,10.4,-0.2011
            SPX,4742.83,c,2024-02-16,2024-01-02,4900,12.0,12.5,0.2402

            """
        let second = read(optopsy)
        #expect(second.issues.isEmpty)
        #expect(second.chain.quoteCount == 2 && second.chain.days[0].quotes.map(\.right) == [.put, .call])
    }

    @Test("bad rows are errors with file, line and column; --lenient skips them with a warning")
    func badRows() throws {
        let text = """
            quotedate,expiration,type,strike,bid,ask,impliedvol
            2024-01-02,2024-02-16,P,4500,10.5,10.4,0.16
            2024-01-02,2024-02-16,P,4500,-1,10.4,0.16
            2024-01-02,2024-02-16,P,4500,abc,10.4,0.16
            2024-01-02,2023-12-29,P,4500,10.1,10.4,0.16
            2024-01-02,2024-02-16,straddle,4500,10.1,10.4,0.16
            2024-01-02,2024-02-16,C,4900,12.0,12.5,18.5
            2024-01-02,2024-02-16,C,4900,12.0
            2024-01-02,2024-02-16,C,4900,12.0,12.5,0.15

            """
        let strict = read(text)
        #expect(strict.issues.map(\.description) == [
            "chain.csv:2: column bid: expected a bid no higher than the ask (10.4), found 10.5",
            "chain.csv:3: column bid: expected a price from 0 to 1000000, found \"-1\"",
            "chain.csv:4: column bid: expected a price from 0 to 1000000, found \"abc\"",
            "chain.csv:5: column expiration: expected an expiration on or after the quote date 2024-01-02, found 2023-12-29",
            "chain.csv:6: column type: expected call, put, C or P, found \"straddle\"",
            "chain.csv:7: column impliedvol: expected an implied volatility as a fraction from 0 to 10 (0.18 for 18 %), found \"18.5\"",
            "chain.csv:8: expected 7 fields as in the header, found 5",
        ])
        #expect(strict.rowsWithErrors == 7 && strict.rowCount == 8)
        let lenient = read(text, lenient: true)
        #expect(lenient.issues.count == 7 && lenient.issues.allSatisfy { !$0.isError && $0.message.hasSuffix("; row skipped") })
        #expect(lenient.rowsSkipped == 7 && lenient.chain.quoteCount == 1)
    }

    @Test("a kept quote takes 48 bytes, so a year of a full chain stays in bounded memory")
    func compact() {
        #expect(MemoryLayout<OptionQuote>.stride == 48)
    }

    @Test("quotes expiring beyond the kept horizon are counted, not kept")
    func horizon() throws {
        let text = """
            quotedate,expiration,type,strike,bid,ask
            2024-01-02,2024-02-16,P,4500,10.1,10.4
            2024-01-02,2025-12-19,P,4500,210.1,215.4
            2024-01-02,2024-06-28,C,4900,40.0,41.0

            """
        let result = read(text, maximumDays: 180)
        #expect(result.chain.quoteCount == 2)
        #expect(result.notes == ["chain.csv: 1 quote expiring more than 180 days after their quote date not kept"])
    }

    @Test("the loader keeps quote dates that are trading days; others are errors, or skipped when lenient")
    func quoteDatesMatchTheHistory() throws {
        let good = "quotedate,expiration,type,strike,bid,ask\n2024-01-03,2024-02-16,P,4500,10.1,10.4\n"
        let loaded = try MarketDataLoader.load(contents: Fixture.files(["chain.csv": good]))
        #expect(loaded.chain?.quoteCount == 1)
        #expect(
            loaded.notes.map(\.text).contains(
                "chain.csv: 1 quote on 1 trading day (2024-01-03 to 2024-01-03) read and checked; on these days the "
                    + "condors are chosen and marked from the quotes where they are quoted"))
        let outside = good + "2023-06-01,2023-07-21,P,4500,10.1,10.4\n2024-01-06,2024-02-16,P,4500,10.1,10.4\n"
        #expect(issueLines(Fixture.files(["chain.csv": outside])) == [
            "chain.csv:3: column quotedate: expected quote dates on trading days, found 2023-06-01, outside the SPX "
                + "and VIX history (2024-01-02 to 2024-01-04)",
            "chain.csv:4: column quotedate: expected quote dates on trading days, found 2024-01-06, outside the SPX "
                + "and VIX history (2024-01-02 to 2024-01-04)",
        ])
        let skipped = try MarketDataLoader.load(contents: Fixture.files(["chain.csv": outside]), lenient: true)
        #expect(skipped.chain?.days.map(\.date.iso) == ["2024-01-03"])
        #expect(skipped.warnings.contains { $0.file == "chain.csv" && $0.message.hasSuffix("its 1 quote skipped") })
    }
}
