import Testing

@testable import MarketData

@Suite("MarketDataLoader")
struct MarketDataLoaderTests {
    @Test("the fixture files load into three trading days with their sources")
    func loadsFixture() throws {
        let data = try MarketDataLoader.load(contents: Fixture.required)
        #expect(data.series.days.map(\.spx) == [4742.83, 4704.81, 4688.68])
        #expect(data.series.days.map(\.vix) == [13.20, 14.04, 14.13])
        #expect(data.warnings.isEmpty)
        #expect(data.sources == [
            DataSource(file: .spx, layout: "Yahoo/Stooq OHLC", rowCount: 3, firstDate: try Fixture.date("2024-01-02"), lastDate: try Fixture.date("2024-01-04")),
            DataSource(file: .vix, layout: "Cboe/Yahoo OHLC", rowCount: 3, firstDate: try Fixture.date("2024-01-02"), lastDate: try Fixture.date("2024-01-04")),
        ])
    }

    @Test("both required files missing are two errors; optional files are only notes")
    func missingRequired() {
        #expect(issueLines(["events.csv": "Date,Event\n"]) == [
            "spx.csv: missing required file: expected a CSV file with a header like Date,Open,High,Low,Close[,Adj Close][,Volume] or DATE,SP500 or observation_date,SP500",
            "vix.csv: missing required file: expected a CSV file with a header like DATE,OPEN,HIGH,LOW,CLOSE or DATE,VIXCLS or observation_date,VIXCLS or Date,vix",
        ])
    }

    @Test("every problem of every file is reported together, by file then line")
    func collectsEverything() {
        let files = [
            "vix.csv": "DATE,VIXCLS\n2024-01-02,13.20\n2024-01-03,abc\n2024-01-02,14.13\n",
            "spx.csv": "Date,Open,High,Low,Close\n2024-01-02,4745.20,4754.33,4722.67,4742.83\n2024-01-03,4725.07,4699.00,4699.71,4704.81\n",
            "rates.csv": "",
            "breadth.csv": "Date,Advancers,Decliners\n",
            "events.csv": "Date,Event,Kind\n2024-01-31,FOMC,Fed\n",
            "vix_futures.csv": "Date,VX1\n2024-01-02,2024-01-02\n",
            "notes.txt": "ignored",
        ]
        #expect(issueLines(files) == [
            "spx.csv:3: column High: expected High >= Low (4699.71), found 4699.00",
            "spx.csv: 1 row with errors; fix them",
            "vix.csv:3: column VIXCLS: expected a level from 0.01 to 1000, found \"abc\"",
            "vix.csv:4: column DATE: expected a date after 2024-01-03 (line 3), found 2024-01-02",
            "vix.csv: 1 row with errors; fix them",
            "breadth.csv:1: unknown header \"Date,Advancers,Decliners\": expected Date,Advances,Declines",
            "rates.csv: empty file: expected a header row and at least one data row",
            "events.csv:2: column Kind: expected one of FOMC, CPI, PPI, OTHER, found \"Fed\"",
            "events.csv: 1 row with errors; fix them",
            "vix_futures.csv:2: column VX1: expected a level from 0.01 to 1000, found \"2024-01-02\"",
            "vix_futures.csv: 1 row with errors; fix them",
        ])
    }

    @Test("warnings travel with the errors when the load fails, and alone when it succeeds")
    func warningsAlongsideErrors() throws {
        let vix = "Date,vix\n2024-01-02,3.5\n2024-01-03,14.04\n2024-01-04,14.13\n"
        let failing = issues(Fixture.files(["vix.csv": vix, "rates.csv": "Date,Rate\n2024-01-02,x\n"]))
        #expect(failing.map(\.severity) == [.warning, .error, .error])
        let data = try MarketDataLoader.load(contents: Fixture.files(["vix.csv": vix]))
        #expect(data.warnings.map(\.description) == ["vix.csv:2: column vix: expected a VIX close within [5, 150], found 3.5; check the data"])
        #expect(data.series.days.count == 3)
    }

    @Test("lenient mode loads around bad rows and lists each skipped row as a warning")
    func lenient() throws {
        let spx = "Date,Close\n2024-01-02,4742.83\n2024-01-03,abc\n2024-01-04,4688.68\n2024-01-04,4688.68\n"
        let data = try MarketDataLoader.load(contents: Fixture.files(["spx.csv": spx]), lenient: true)
        #expect(data.series.days.map(\.spx) == [4742.83, 4688.68])
        #expect(data.warnings.map(\.description) == [
            "spx.csv:3: column Close: expected a price from 0.01 to 1000000, found \"abc\"; row skipped",
            "spx.csv:5: column Date: expected each date once, found 2024-01-04 again (first on line 4); row skipped",
        ])
        #expect(data.notes.contains("vix.csv: 1 row with no SPX close in spx.csv, not a trading day (first 2024-01-03)"))
        #expect(data.notes.contains(DataNote("spx.csv: 2 rows with errors skipped", reason: .rowsSkipped(count: 2))))
        #expect(data.sources.first?.rowCount == 2)
    }

    @Test("lenient mode still stops on structural problems")
    func lenientStructural() {
        #expect(issueLines(Fixture.files(["breadth.csv": "Day,Up,Down\n"]), lenient: true) == [
            "breadth.csv:1: unknown header \"Day,Up,Down\": expected Date,Advances,Declines"
        ])
    }

    @Test("price files that share no date are an error naming both spans")
    func noCommonDates() {
        let vix = "Date,vix\n2023-01-03,22.90\n2023-01-04,22.01\n"
        #expect(issueLines(Fixture.files(["vix.csv": vix])) == [
            "vix.csv: expected dates in common with spx.csv, found none (spx.csv covers 2024-01-02 to 2024-01-04, vix.csv covers 2023-01-03 to 2023-01-04)"
        ])
    }

    @Test("FRED files of only holidays leave no trading day, which is an error")
    func onlyNoValueRows() {
        let spx = "DATE,SP500\n2024-01-01,.\n"
        #expect(issueLines(Fixture.files(["spx.csv": spx])) == [
            "vix.csv: expected dates in common with spx.csv, found none (spx.csv covers no rows, vix.csv covers 2024-01-02 to 2024-01-04)"
        ])
    }

    @Test("the error's description lists errors as they are and warnings with a prefix")
    func errorDescription() {
        let error = DataValidationError(issues: [
            DataIssue(file: "spx.csv", line: 14, column: "Close", message: "expected a positive number, found \"abc\""),
            DataIssue(file: "vix.csv", line: 3, column: "vix", message: "expected a VIX close within [5, 150], found 3.5; check the data", severity: .warning),
        ])
        #expect(error.description == """
            spx.csv:14: column Close: expected a positive number, found "abc"
            warning: vix.csv:3: column vix: expected a VIX close within [5, 150], found 3.5; check the data
            """)
        #expect(error.errors.count == 1)
        #expect(error.warnings.count == 1)
    }

    @Test("all optional files together fill every field of a trading day")
    func everything() throws {
        let data = try MarketDataLoader.load(contents: Fixture.files([
            "breadth.csv": "Date,Advances,Declines\n2024-01-02,1100,2000\n2024-01-03,900,2200\n2024-01-04,1700,1300\n",
            "rates.csv": "Date,Rate\n2024-01-02,5.24\n2024-01-03,5.23\n2024-01-04,5.22\n",
            "events.csv": "Date,Event,Kind\n2024-01-11,CPI,CPI\n",
            "vix_futures.csv": "Date,VX1,VX2\n2024-01-02,14.8,16.1\n2024-01-03,15.2,16.3\n2024-01-04,15.1,16.2\n",
        ]))
        #expect(data.series.days.last == TradingDay(
            date: try Fixture.date("2024-01-04"), spx: 4688.68, vix: 14.13, advances: 1700, declines: 1300,
            ratePercent: 5.22, vx1: 15.1, vx2: 16.2))
        #expect(data.notes.isEmpty)
        #expect(data.series.events.map(\.kind) == [.cpi])
        #expect(data.sources.map(\.layout) == ["Yahoo/Stooq OHLC", "Cboe/Yahoo OHLC", "NYSE advances/declines", "Date,Rate", "Date,Event,Kind", "VIX futures"])
    }
}
