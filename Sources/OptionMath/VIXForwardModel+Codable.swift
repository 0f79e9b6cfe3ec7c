extension VIXForwardModel: Codable {
    /// The configuration keys, named like the stored properties.
    enum CodingKeys: String, CodingKey {
        case longRunMean, meanReversionSpeed
    }

    /// Decodes a model; a missing key takes its SPEC default (θ = 19, κ = 4).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = VIXForwardModel()
        self.init(
            longRunMean: try container.decodeIfPresent(Double.self, forKey: .longRunMean) ?? defaults.longRunMean,
            meanReversionSpeed: try container.decodeIfPresent(Double.self, forKey: .meanReversionSpeed)
                ?? defaults.meanReversionSpeed
        )
    }

    /// Encodes both parameters under their property names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(longRunMean, forKey: .longRunMean)
        try container.encode(meanReversionSpeed, forKey: .meanReversionSpeed)
    }
}
