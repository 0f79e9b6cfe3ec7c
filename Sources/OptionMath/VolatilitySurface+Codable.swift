extension VolatilitySurface: Codable {
    /// The configuration keys, named like the stored properties.
    enum CodingKeys: String, CodingKey {
        case atmRatio, skew, smile, minMultiplier, maxMultiplier
    }

    /// Decodes a surface; every missing key takes its SPEC default, so a config may set only some.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = VolatilitySurface()
        self.init(
            atmRatio: try container.decodeIfPresent(Double.self, forKey: .atmRatio) ?? defaults.atmRatio,
            skew: try container.decodeIfPresent(Double.self, forKey: .skew) ?? defaults.skew,
            smile: try container.decodeIfPresent(Double.self, forKey: .smile) ?? defaults.smile,
            minMultiplier: try container.decodeIfPresent(Double.self, forKey: .minMultiplier) ?? defaults.minMultiplier,
            maxMultiplier: try container.decodeIfPresent(Double.self, forKey: .maxMultiplier) ?? defaults.maxMultiplier
        )
    }

    /// Encodes every parameter under its property name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(atmRatio, forKey: .atmRatio)
        try container.encode(skew, forKey: .skew)
        try container.encode(smile, forKey: .smile)
        try container.encode(minMultiplier, forKey: .minMultiplier)
        try container.encode(maxMultiplier, forKey: .maxMultiplier)
    }
}
