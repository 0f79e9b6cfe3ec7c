/// The promoter section of the parameters: how the promoter profile loosens the rules.
public struct PromoterParameters: Sendable, Hashable, Codable {
    /// VIX close below which the promoter widens its tolerance band.
    public var lowVIXThreshold: Double
    /// Factor applied to the band when the VIX is below `lowVIXThreshold`.
    public var bandMultiplier: Double
    /// The promoter's profit target (fraction of the credit kept before closing).
    public var profitTarget: Double

    /// Creates promoter parameters; every argument defaults to the SPEC §5 value.
    public init(lowVIXThreshold: Double = 15, bandMultiplier: Double = 1.5, profitTarget: Double = 0.75) {
        self.lowVIXThreshold = lowVIXThreshold
        self.bandMultiplier = bandMultiplier
        self.profitTarget = profitTarget
    }
}
