/// Everything `condorpress.yml` configures: site settings, strategy, signals, model and profiles.
///
/// Load it with ``Configuration/init(yaml:fileName:)``; keys missing from the file keep the defaults
/// of ``Configuration/defaults``, and unknown keys or bad values are errors naming the key and line.
public struct Configuration: Sendable, Hashable, Codable {
    /// The `site:` section.
    public var site: SiteSettings
    /// The `strategy:` section.
    public var strategy: StrategyParameters
    /// The `signals:` section.
    public var signals: SignalParameters
    /// The `model:` section.
    public var model: ModelParameters
    /// The `profiles.promoter:` section.
    public var promoter: PromoterParameters

    /// Creates a configuration; every section defaults to its shipped values.
    public init(
        site: SiteSettings = SiteSettings(), strategy: StrategyParameters = StrategyParameters(),
        signals: SignalParameters = SignalParameters(), model: ModelParameters = ModelParameters(),
        promoter: PromoterParameters = PromoterParameters()
    ) {
        self.site = site
        self.strategy = strategy
        self.signals = signals
        self.model = model
        self.promoter = promoter
    }

    /// The configuration with every default of SPEC §5 (what an empty `condorpress.yml` gives).
    public static let defaults = Configuration()
}
