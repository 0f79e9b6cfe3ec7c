import Strategy

/// Everything `condorpress.yml` configures: the site's settings and the engine's parameters.
///
/// Load it with ``ConfigurationFile/load(_:)`` (or ``Configuration/init(yaml:fileName:)`` for text);
/// keys missing from the file keep the defaults of ``Configuration/defaults``, and unknown keys or bad
/// values are errors naming the key and line. The engine's sections read through it
/// (`configuration.strategy.shortDelta`) as if they were its own.
@dynamicMemberLookup
public struct Configuration: Sendable, Hashable, Codable {
    /// The `site:` section.
    public var site: SiteSettings
    /// The `strategy:`, `signals:`, `model:` and `profiles.promoter:` sections, as the engine takes them.
    public var engine: EngineParameters

    /// Creates a configuration; every section defaults to its shipped values.
    public init(site: SiteSettings = SiteSettings(), engine: EngineParameters = .defaults) {
        self.site = site
        self.engine = engine
    }

    /// One of the engine's sections (`strategy`, `signals`, `model`, `promoter`).
    public subscript<Section>(dynamicMember keyPath: WritableKeyPath<EngineParameters, Section>) -> Section {
        get { engine[keyPath: keyPath] }
        set { engine[keyPath: keyPath] = newValue }
    }

    /// The configuration with every default of SPEC §5 (what an empty `condorpress.yml` gives).
    public static let defaults = Configuration()
}
