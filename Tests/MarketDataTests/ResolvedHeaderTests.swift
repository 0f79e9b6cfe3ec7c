import Testing

@testable import MarketData

@Suite("Header detection")
struct ResolvedHeaderTests {
    private func layoutName(_ reader: DatedFileReader<some Sendable>, _ text: String) -> String? {
        read(reader, text).layout?.name
    }

    @Test("spx.csv: Yahoo, Stooq, close-only and both FRED headers are recognised, in any case")
    func spxLayouts() {
        let spx = PriceFileReader.spx
        #expect(layoutName(spx, "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,1,2,1,1.5,1.5,100\n") == "Yahoo/Stooq OHLC")
        #expect(layoutName(spx, "Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,1,1.5,100\n") == "Yahoo/Stooq OHLC")
        #expect(layoutName(spx, "date,close\n2024-01-02,1.5\n") == "Yahoo/Stooq OHLC")
        #expect(layoutName(spx, "DATE,SP500\n2024-01-02,4742.83\n") == "FRED SP500")
        #expect(layoutName(spx, "observation_date,SP500\n2024-01-02,4742.83\n") == "FRED SP500")
        #expect(layoutName(spx, "Observation_Date,sp500\n2024-01-02,4742.83\n") == "FRED SP500")
    }

    @Test("vix.csv: Cboe, Yahoo, both FRED headers and Date,vix are recognised")
    func vixLayouts() {
        let vix = PriceFileReader.vix
        #expect(layoutName(vix, "DATE,OPEN,HIGH,LOW,CLOSE\n01/02/2024,13.21,14.23,13.10,13.20\n") == "Cboe/Yahoo OHLC")
        #expect(layoutName(vix, "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,13.21,14.23,13.10,13.20,13.20,0\n") == "Cboe/Yahoo OHLC")
        #expect(layoutName(vix, "DATE,VIXCLS\n2024-01-02,13.20\n") == "FRED VIXCLS")
        #expect(layoutName(vix, "observation_date,VIXCLS\n2024-01-02,13.20\n") == "FRED VIXCLS")
        #expect(layoutName(vix, "Date,vix\n2024-01-02,13.20\n") == "Date,vix")
    }

    @Test("optional files: every documented header is recognised")
    func optionalLayouts() {
        #expect(layoutName(BreadthFileReader.reader, "Date,Advances,Declines\n2024-01-02,1500,1300\n") == "NYSE advances/declines")
        #expect(layoutName(RatesFileReader.reader, "Date,Rate\n2024-01-02,5.2\n") == "Date,Rate")
        #expect(layoutName(RatesFileReader.reader, "DATE,DTB3\n2024-01-02,5.2\n") == "FRED DTB3")
        #expect(layoutName(EventsFileReader.reader, "Date,Event\n2024-01-31,FOMC\n") == "Date,Event,Kind")
        #expect(layoutName(EventsFileReader.reader, "Date,Event,Kind\n2024-01-31,FOMC,FOMC\n") == "Date,Event,Kind")
        #expect(layoutName(VIXFuturesFileReader.reader, "Date,VX1\n2024-01-02,14.1\n") == "VIX futures")
        #expect(layoutName(VIXFuturesFileReader.reader, "Date,VX1,VX2\n2024-01-02,14.1,15.2\n") == "VIX futures")
    }

    @Test("an unknown header names the header found and every accepted one")
    func unknownHeader() {
        let result = read(PriceFileReader.spx, "Timestamp,Price\n2024-01-02,4742.83\n")
        #expect(result.issues.map(\.description) == [
            "spx.csv:1: unknown header \"Timestamp,Price\": expected Date,Open,High,Low,Close[,Adj Close][,Volume] "
                + "or DATE,SP500 or observation_date,SP500"
        ])
        #expect(result.rows.isEmpty)
    }

    @Test("a data row where the header should be is an unknown header")
    func headerlessFile() {
        let result = read(PriceFileReader.vix, "2024-01-02,13.20\n")
        #expect(result.issues.map(\.description) == [
            "vix.csv:1: unknown header \"2024-01-02,13.20\": expected DATE,OPEN,HIGH,LOW,CLOSE "
                + "or DATE,VIXCLS or observation_date,VIXCLS or Date,vix"
        ])
    }

    @Test("each missing required column is one error naming the column and the expected header")
    func missingColumns() {
        let spx = read(PriceFileReader.spx, "Open,High,Low\n1,2,1\n")
        #expect(spx.issues.map(\.description) == [
            "spx.csv:1: column Date: missing required column; expected a header like Date,Open,High,Low,Close[,Adj Close][,Volume]",
            "spx.csv:1: column Close: missing required column; expected a header like Date,Open,High,Low,Close[,Adj Close][,Volume]",
        ])
        let breadth = read(BreadthFileReader.reader, "Date,Advances\n2024-01-02,1500\n")
        #expect(breadth.issues.map(\.description) == [
            "breadth.csv:1: column Declines: missing required column; expected a header like Date,Advances,Declines"
        ])
    }

    @Test("a column given twice is an error pointing at the first one")
    func duplicateColumn() {
        let result = read(PriceFileReader.spx, "Date,Close,close\n2024-01-02,1,1\n")
        #expect(result.issues.map(\.description) == [
            "spx.csv:1: column close: expected each column once, found it again (first as column 2)"
        ])
    }

    @Test("DATE and observation_date together are two date columns")
    func twoDateColumns() {
        let result = read(PriceFileReader.spx, "DATE,observation_date,SP500\n2024-01-02,2024-01-02,1\n")
        #expect(result.issues.map(\.description) == [
            "spx.csv:1: column observation_date: expected each column once, found it again (first as column 1)"
        ])
    }

    @Test("extra columns are ignored and named in a note; empty header fields are ignored silently")
    func ignoredColumns() {
        let result = read(PriceFileReader.spx, "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits,\n2024-01-02,1,2,1,1.5,0,0,0,\n")
        #expect(result.issues.isEmpty)
        #expect(result.notes == ["spx.csv: ignored columns Dividends, Stock Splits"])
        #expect(result.rows.map(\.value) == [1.5])
    }

    @Test("header names may carry extra spaces and a BOM")
    func spacedHeader() {
        let result = read(PriceFileReader.spx, "\u{FEFF}Date,Open,High,Low,Close,Adj  Close,Volume\n2024-01-02,1,2,1,1.5,1.5,0\n")
        #expect(result.issues.isEmpty)
        #expect(result.notes.isEmpty)
    }
}
