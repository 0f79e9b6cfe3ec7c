extension SampleMarketGenerator {
    /// The knobs of the synthetic market, with defaults that give a plausible 2020s-like market.
    ///
    /// Rates and volatilities are annual; one session is 1/252 of a year.
    public struct Parameters: Sendable, Hashable {
        /// SPX close the day before the first session.
        public var startSPX = 4000.0
        /// VIX close the day before the first session.
        public var startVIX = 20.0
        /// Risk-free rate (annual percent) the day before the first session.
        public var startRatePercent = 4.4

        /// The VIX level its logarithm reverts to (the median of the calm regime).
        public var vixCalmLevel = 15.0
        /// Speed of the log-VIX reversion (per year).
        public var vixReversion = 5.0
        /// Reversion is this many times faster below the calm level (the VIX rarely lingers very low).
        public var vixReversionBelowFactor = 2.5
        /// Volatility of log-VIX (per square-root year).
        public var vixVolOfVol = 0.85
        /// The VIX never closes below this.
        public var vixFloor = 9.0

        /// Expected number of volatility shocks a year.
        public var shockIntensity = 4.0
        /// Mean size of a shock, added to log-VIX (exponentially distributed).
        public var shockMeanSize = 0.33
        /// Largest single shock (log-VIX).
        public var shockMaxSize = 1.0
        /// Share of a shock not yet released that reaches the VIX each session (spikes build over days).
        public var shockReleaseShare = 0.55
        /// Largest total of undecayed shocks (log-VIX; 1.3 is about 3.7 times the calm VIX).
        public var shockMaxTotal = 1.3
        /// Speed at which a shock's extra log-VIX decays (per year; 17 is a half-life of ten sessions).
        public var shockDecay = 17.0
        /// SPX log return per unit of log-VIX shock (the sharp down day when the VIX jumps).
        public var shockSPXImpact = -0.065

        /// Expected SPX return per year.
        public var spxDrift = 0.07
        /// SPX volatility as a fraction of the VIX (below one: the variance risk premium).
        public var spxVolatilityToVIX = 0.58
        /// Correlation between the SPX and log-VIX daily shocks.
        public var spxVIXCorrelation = -0.78
        /// SPX volatility multiplier on FOMC, CPI and PPI days.
        public var eventDayVolatility = 1.3

        /// Mean number of NYSE issues traded a day.
        public var breadthIssues = 3000.0
        /// How strongly the advancing share follows the SPX move (logistic slope per standard deviation).
        public var breadthSensitivity = 1.1

        /// The rate (annual percent) the risk-free rate reverts to.
        public var rateLongRunPercent = 4.6
        /// Volatility of the rate in percentage points per square-root year.
        public var rateVolatility = 0.45

        /// Creates the default parameters.
        public init() {}
    }
}
