import MarketData

/// Where a build reads from and writes to, and which part of the history it publishes.
public struct BuildOptions: Sendable, Hashable {
    /// The content folder (glossary, rules, pages).
    public var content: String
    /// The folder holding the EOD CSV files.
    public var data: String
    /// The Mustache templates folder.
    public var templates: String
    /// The output folder, replaced as a whole when the build succeeds.
    public var output: String
    /// The configuration file.
    public var config: String
    /// First date to publish (inclusive), or nil for the start of the data.
    public var from: CalendarDate?
    /// Last date to evaluate and publish (inclusive), or nil for the end of the data.
    public var to: CalendarDate?
    /// Absolute site URL for the feed and sitemap, overriding the config.
    public var baseURL: String?
    /// Skip bad data rows with warnings instead of failing.
    public var lenient: Bool
    /// Render every page, reusing nothing from the previous build.
    public var full: Bool
    /// Publishes the search page and its Pagefind index (true) or not (false) whatever
    /// `site.search` says; nil follows the configuration (`--search`, `--no-search`).
    public var search: Bool?
    /// Whether pages get glossary links. Only tests turn them off, to compare every page's
    /// visible text with the linked site's (the terms are still found and reported).
    var glossaryLinks = true

    /// Creates options with the command line's defaults.
    public init(
        content: String = "Content", data: String = "Content/data", templates: String = "Templates",
        output: String = "Output", config: String = "Content/condorpress.yml", from: CalendarDate? = nil,
        to: CalendarDate? = nil, baseURL: String? = nil, lenient: Bool = false, full: Bool = false,
        search: Bool? = nil
    ) {
        self.content = content
        self.data = data
        self.templates = templates
        self.output = output
        self.config = config
        self.from = from
        self.to = to
        self.baseURL = baseURL
        self.lenient = lenient
        self.full = full
        self.search = search
    }
}
