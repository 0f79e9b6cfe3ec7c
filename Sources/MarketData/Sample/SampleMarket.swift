/// A synthetic market history made by ``SampleMarketGenerator``: one row per NYSE session plus the
/// event schedule, with every price already rounded as the CSV files write it.
public struct SampleMarket: Sendable, Hashable {
    /// One session of synthetic data.
    public struct Day: Sendable, Hashable {
        /// The session date.
        public var date: CalendarDate
        /// SPX open, rounded to cents.
        public var spxOpen: Double
        /// SPX high, rounded to cents.
        public var spxHigh: Double
        /// SPX low, rounded to cents.
        public var spxLow: Double
        /// SPX close, rounded to cents.
        public var spxClose: Double
        /// SPX volume in shares (the aggregate figure Yahoo reports for the index).
        public var spxVolume: Int
        /// VIX open, rounded to cents.
        public var vixOpen: Double
        /// VIX high, rounded to cents.
        public var vixHigh: Double
        /// VIX low, rounded to cents.
        public var vixLow: Double
        /// VIX close, rounded to cents.
        public var vixClose: Double
        /// NYSE advancing issues.
        public var advances: Int
        /// NYSE declining issues.
        public var declines: Int
        /// The risk-free rate in annual percent, rounded to hundredths.
        public var ratePercent: Double

        /// Creates a day.
        public init(
            date: CalendarDate, spxOpen: Double, spxHigh: Double, spxLow: Double, spxClose: Double,
            spxVolume: Int, vixOpen: Double, vixHigh: Double, vixLow: Double, vixClose: Double,
            advances: Int, declines: Int, ratePercent: Double
        ) {
            self.date = date
            self.spxOpen = spxOpen
            self.spxHigh = spxHigh
            self.spxLow = spxLow
            self.spxClose = spxClose
            self.spxVolume = spxVolume
            self.vixOpen = vixOpen
            self.vixHigh = vixHigh
            self.vixLow = vixLow
            self.vixClose = vixClose
            self.advances = advances
            self.declines = declines
            self.ratePercent = ratePercent
        }
    }

    /// The sessions, in date order.
    public var days: [Day]
    /// The scheduled events in the same date range, sorted by date then name.
    public var events: [MarketEvent]

    /// Creates a market from its days and events.
    public init(days: [Day], events: [MarketEvent]) {
        self.days = days
        self.events = events
    }

    /// The same data as the engine's aligned series (what loading the written CSV files gives).
    public var series: MarketSeries {
        MarketSeries(
            days: days.map { day in
                TradingDay(
                    date: day.date, spx: day.spxClose, vix: day.vixClose,
                    advances: Double(day.advances), declines: Double(day.declines),
                    ratePercent: day.ratePercent)
            },
            events: events)
    }
}
