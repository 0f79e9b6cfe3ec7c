/// The result of a successful load: the aligned series and what a reader should know about it.
public struct LoadedMarketData: Sendable, Equatable {
    /// The trading days and events.
    public var series: MarketSeries
    /// Problems that did not stop the run: implausible prices and, in lenient mode, skipped rows.
    public var warnings: [DataIssue]
    /// Plain remarks on how the series was assembled (values carried forward, rows with no value,
    /// dates only one price file has, ignored columns, optional files not supplied).
    public var notes: [DataNote]
    /// One entry per file read, in ``MarketDataFile`` order.
    public var sources: [DataSource]

    /// The option quotes of `chain.csv`, when it was supplied (kept on the series, which the engine reads).
    public var chain: OptionChain? { series.chain }

    /// Creates a load result.
    public init(
        series: MarketSeries, warnings: [DataIssue], notes: [DataNote], sources: [DataSource], chain: OptionChain? = nil
    ) {
        self.series = series
        if let chain { self.series.chain = chain }
        self.warnings = warnings
        self.notes = notes
        self.sources = sources
    }
}

/// One input file as it was read: its detected layout and the rows it contributed.
public struct DataSource: Sendable, Equatable {
    /// Which file.
    public var file: MarketDataFile
    /// The detected header layout, e.g. `Yahoo/Stooq OHLC` or `FRED SP500`.
    public var layout: String
    /// The number of rows used (after skipping rows with no value, and skipped rows in lenient mode).
    public var rowCount: Int
    /// The first date of those rows, nil when there are none.
    public var firstDate: CalendarDate?
    /// The last date of those rows, nil when there are none.
    public var lastDate: CalendarDate?

    /// Creates a source description.
    public init(file: MarketDataFile, layout: String, rowCount: Int, firstDate: CalendarDate?, lastDate: CalendarDate?) {
        self.file = file
        self.layout = layout
        self.rowCount = rowCount
        self.firstDate = firstDate
        self.lastDate = lastDate
    }
}
