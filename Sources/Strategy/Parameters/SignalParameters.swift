/// The signals section of the parameters: periods of the indicators computed every day.
public struct SignalParameters: Sendable, Hashable, Codable {
    /// Fast EMA period of the VIX MACD.
    public var macdFast: Int
    /// Slow EMA period of the VIX MACD.
    public var macdSlow: Int
    /// Signal-line EMA period of the VIX MACD.
    public var macdSignal: Int
    /// Period of the VIX RSI (Wilder smoothing).
    public var rsiPeriod: Int
    /// Window, in sessions, of the realised SPX volatility.
    public var realisedVolWindow: Int

    /// Creates signal parameters; every argument defaults to the SPEC §5 value.
    public init(
        macdFast: Int = 12, macdSlow: Int = 26, macdSignal: Int = 9, rsiPeriod: Int = 14,
        realisedVolWindow: Int = 20
    ) {
        self.macdFast = macdFast
        self.macdSlow = macdSlow
        self.macdSignal = macdSignal
        self.rsiPeriod = rsiPeriod
        self.realisedVolWindow = realisedVolWindow
    }
}
