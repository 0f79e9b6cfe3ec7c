/// The input files CondorPress reads from the data folder, in the order they are reported.
public enum MarketDataFile: String, CaseIterable, Sendable, Hashable {
    /// SPX daily closes (Yahoo/Stooq OHLC or FRED `SP500`). Required.
    case spx = "spx.csv"
    /// VIX daily closes (Cboe OHLC, FRED `VIXCLS` or `Date,vix`). Required.
    case vix = "vix.csv"
    /// NYSE advancing and declining issues. Optional.
    case breadth = "breadth.csv"
    /// Risk-free rate as an annual percent (`Rate` or FRED `DTB3`). Optional.
    case rates = "rates.csv"
    /// Scheduled macro events (FOMC, CPI, PPI, other). Optional.
    case events = "events.csv"
    /// Front and second VIX futures settlements. Optional.
    case vixFutures = "vix_futures.csv"

    /// The file name inside the data folder, e.g. `spx.csv`.
    public var fileName: String { rawValue }

    /// True for the files a run cannot do without (`spx.csv`, `vix.csv`).
    public var isRequired: Bool { self == .spx || self == .vix }
}
