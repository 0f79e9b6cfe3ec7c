/// The `site:` section of `condorpress.yml`: what the published site says about itself.
public struct SiteSettings: Sendable, Hashable, Codable {
    /// The site's title, shown in every page header and in the feed.
    public var title: String
    /// One sentence describing the site, used in the feed and in page metadata.
    public var description: String
    /// The absolute address the site is published under, ending in `/` (used only by the feeds, the
    /// sitemap, each page's canonical link and OpenGraph URL, and the 404 page's links; see
    /// ``SiteAddress`` for what is accepted).
    public var baseURL: String
    /// The language tag of the content (`en`).
    public var language: String
    /// The author named in the feed.
    public var author: String
    /// How many of the latest briefings the feeds (Atom and JSON Feed) list.
    public var feedEntries: Int
    /// Whether the build publishes a search page and its Pagefind index (`pagefind/`); off by
    /// default, because it needs the Pagefind binary (see ``PagefindCommand``).
    public var search: Bool

    /// Creates site settings; every argument defaults to the shipped value.
    public init(
        title: String = "CondorPress",
        description: String =
            "Educational daily briefings on a rules-based SPX iron condor with an adaptive VIX hedge.",
        baseURL: String = SiteAddress.placeholder,
        language: String = "en",
        author: String = "CondorPress",
        feedEntries: Int = 30,
        search: Bool = false
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.author = author
        self.feedEntries = feedEntries
        self.search = search
    }
}
