import Testing

@testable import MarketData

@Suite("Series alignment")
struct SeriesAlignerTests {
    /// SPX and VIX on the five sessions 2021-03-01 to 2021-03-05.
    private let spx = "Date,Close\n2021-03-01,3901.82\n2021-03-02,3870.29\n2021-03-03,3819.72\n2021-03-04,3768.47\n2021-03-05,3841.94\n"
    private let vix = "Date,vix\n2021-03-01,23.35\n2021-03-02,24.10\n2021-03-03,26.67\n2021-03-04,28.57\n2021-03-05,24.66\n"

    private func load(_ extra: [String: String]) throws -> LoadedMarketData {
        var files = ["spx.csv": spx, "vix.csv": vix]
        files.merge(extra) { _, new in new }
        return try MarketDataLoader.load(contents: files)
    }

    @Test("trading days are the dates with both closes; the others are named in notes")
    func tradingDays() throws {
        let data = try MarketDataLoader.load(contents: [
            "spx.csv": "Date,Close\n2021-03-01,3901.82\n2021-03-02,3870.29\n2021-03-04,3768.47\n2021-03-08,3821.35\n",
            "vix.csv": "Date,vix\n2021-03-02,24.10\n2021-03-03,26.67\n2021-03-04,28.57\n2021-03-05,24.66\n",
        ])
        #expect(data.series.days == [
            TradingDay(date: try Fixture.date("2021-03-02"), spx: 3870.29, vix: 24.10),
            TradingDay(date: try Fixture.date("2021-03-04"), spx: 3768.47, vix: 28.57),
        ])
        #expect(data.series.spxWarmUp == [DatedClose(date: try Fixture.date("2021-03-01"), close: 3901.82)])
        #expect(data.notes.contains("spx.csv: 1 row before the first VIX close (2021-03-01 to 2021-03-01) warms up SPX-only indicators"))
        #expect(data.notes.contains("spx.csv: 1 row with no VIX close in vix.csv, not a trading day (first 2021-03-08)"))
        #expect(data.notes.contains("vix.csv: 2 rows with no SPX close in spx.csv, not trading days (first 2021-03-03)"))
    }

    @Test("SPX closes before the first VIX close are warm-up closes; one missing VIX later is not a trading day")
    func spxWarmUp() throws {
        let data = try MarketDataLoader.load(contents: [
            "spx.csv": "Date,Close\n2021-02-25,3829.34\n2021-02-26,3811.15\n" + String(spx.dropFirst("Date,Close\n".count)),
            "vix.csv": "Date,vix\n2021-03-01,23.35\n2021-03-02,24.10\n2021-03-04,28.57\n2021-03-05,24.66\n",
        ])
        #expect(data.series.spxWarmUp == [
            DatedClose(date: try Fixture.date("2021-02-25"), close: 3829.34),
            DatedClose(date: try Fixture.date("2021-02-26"), close: 3811.15),
        ])
        #expect(data.series.days.map(\.date.iso) == ["2021-03-01", "2021-03-02", "2021-03-04", "2021-03-05"])
        #expect(data.notes.contains("spx.csv: 2 rows before the first VIX close (2021-02-25 to 2021-02-26) warm up SPX-only indicators"))
        #expect(data.notes.contains("spx.csv: 1 row with no VIX close in vix.csv, not a trading day (first 2021-03-03)"))
    }

    @Test("the days a breadth or rate value is carried forward to name the row it comes from")
    func carriedFromDates() throws {
        let data = try load([
            "breadth.csv": "Date,Advances,Declines\n2021-03-02,1200,1800\n2021-03-03,900,2100\n",
            "rates.csv": "Date,Rate\n2021-02-26,0.04\n2021-03-03,0.05\n",
        ])
        let march3 = try Fixture.date("2021-03-03")
        #expect(data.series.days.map(\.breadthCarriedFrom) == [nil, nil, nil, march3, march3])
        #expect(data.series.days.map(\.rateCarriedFrom) == [
            try Fixture.date("2021-02-26"), try Fixture.date("2021-02-26"), nil, march3, march3,
        ])
        #expect(data.series.coverage[.breadth] == InputCoverage(first: try Fixture.date("2021-03-02"), last: march3))
        #expect(data.series.coverage[.events] == nil)
        #expect(data.series.coverage[.vixFutures] == nil)
    }

    @Test("breadth is carried forward over missing days, counted once in a note, and nil before its first row")
    func breadthCarryForward() throws {
        let data = try load(["breadth.csv": "Date,Advances,Declines\n2021-03-02,1200,1800\n2021-03-03,900,2100\n"])
        #expect(data.series.days.map(\.advances) == [nil, 1200, 900, 900, 900])
        #expect(data.series.days.map(\.declines) == [nil, 1800, 2100, 2100, 2100])
        #expect(data.notes == [
            "rates.csv: not supplied (optional)", "events.csv: not supplied (optional)",
            "vix_futures.csv: not supplied (optional)",
            "breadth.csv: 1 trading day has no value before its first row on 2021-03-02 (first 2021-03-01)",
            "breadth.csv: 2 trading days carried forward from the previous value (first 2021-03-04)",
        ])
    }

    @Test("rates carry forward from a row dated between sessions; a session's own row wins")
    func ratesCarryForward() throws {
        let data = try load(["rates.csv": "DATE,DTB3\n2021-02-26,0.04\n2021-03-02,.\n2021-03-03,0.05\n2021-03-06,0.06\n"])
        #expect(data.series.days.map(\.ratePercent) == [0.04, 0.04, 0.05, 0.05, 0.05])
        #expect(data.notes.contains("rates.csv: 4 trading days carried forward from the previous value (first 2021-03-01)"))
        #expect(data.notes.contains("rates.csv: 1 date without a value: 1 session (2021-03-02)"))
    }

    @Test("VIX futures are used on their own dates only, never carried forward")
    func futuresNotCarried() throws {
        let data = try load(["vix_futures.csv": "Date,VX1,VX2\n2021-03-01,24.5,25.1\n2021-03-03,27.0,\n"])
        #expect(data.series.days.map(\.vx1) == [24.5, nil, 27.0, nil, nil])
        #expect(data.series.days.map(\.vx2) == [25.1, nil, nil, nil, nil])
        #expect(data.notes.contains("vix_futures.csv: 3 trading days have no VX1 quote (first 2021-03-02)"))
    }

    @Test("events are sorted by date, then name, and kept even off trading days")
    func eventsSorted() throws {
        let text = "Date,Event,Kind\n2021-03-17,FOMC decision,FOMC\n2021-03-10,PPI,PPI\n2021-03-10,CPI,CPI\n2021-03-06,Saturday note,\n"
        let data = try load(["events.csv": text])
        #expect(data.series.events == [
            MarketEvent(date: try Fixture.date("2021-03-06"), name: "Saturday note", kind: .other),
            MarketEvent(date: try Fixture.date("2021-03-10"), name: "CPI", kind: .cpi),
            MarketEvent(date: try Fixture.date("2021-03-10"), name: "PPI", kind: .ppi),
            MarketEvent(date: try Fixture.date("2021-03-17"), name: "FOMC decision", kind: .fomc),
        ])
    }

    @Test("carry-forward over generated gaps: every value equals the latest row at or before the date")
    func carryForwardProperty() throws {
        let dates = (0..<200).map { CalendarDate(daysSinceEpoch: 18_000 + $0) }
        let rows = stride(from: 3, to: 200, by: 7).map { DatedRow(line: $0, date: CalendarDate(daysSinceEpoch: 18_000 + $0), value: $0) }
        let (values, notes) = SeriesAligner.carryForward(rows, onto: dates, file: .rates)
        for (index, date) in dates.enumerated() {
            #expect(values[index] == rows.last { $0.date <= date }?.value)
        }
        // 200 dates, 29 rows on them, 3 dates before the first row: 168 dates are filled from earlier rows.
        #expect(notes == [
            "rates.csv: 3 trading days have no value before its first row on \(dates[3]) (first \(dates[0]))",
            "rates.csv: 168 trading days carried forward from the previous value (first \(dates[4]))",
        ])
    }
}
