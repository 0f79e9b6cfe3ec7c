/// The model section of the parameters: the option model's inputs (SPEC §4).
public struct ModelParameters: Sendable, Hashable, Codable {
    /// Continuous risk-free rate used on days without a `rates.csv` value.
    public var riskFreeRate: Double
    /// Continuous dividend yield of the SPX.
    public var dividendYield: Double
    /// At-the-money volatility as a fraction of VIX/100.
    public var atmRatio: Double
    /// Linear skew coefficient in standardised moneyness.
    public var skew: Double
    /// Quadratic smile coefficient in standardised moneyness.
    public var smile: Double
    /// Long-run mean θ of the modelled VIX forward.
    public var vixForwardMean: Double
    /// Mean-reversion speed κ (per year) of the modelled VIX forward.
    public var vixForwardSpeed: Double
    /// Volatility of volatility used to price VIX options with Black-76.
    public var volOfVol: Double

    /// Creates model parameters; every argument defaults to the SPEC §4 value.
    public init(
        riskFreeRate: Double = 0.02, dividendYield: Double = 0.015, atmRatio: Double = 0.85,
        skew: Double = 0.20, smile: Double = 0.015, vixForwardMean: Double = 19,
        vixForwardSpeed: Double = 4, volOfVol: Double = 0.90
    ) {
        self.riskFreeRate = riskFreeRate
        self.dividendYield = dividendYield
        self.atmRatio = atmRatio
        self.skew = skew
        self.smile = smile
        self.vixForwardMean = vixForwardMean
        self.vixForwardSpeed = vixForwardSpeed
        self.volOfVol = volOfVol
    }
}
