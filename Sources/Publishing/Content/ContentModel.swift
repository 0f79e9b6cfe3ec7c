/// A glossary term from `Content/glossary/<slug>.md`.
public struct GlossaryTerm: Sendable, Hashable {
    /// The page's slug (the file name without `.md`).
    public var slug: String
    /// The term as displayed.
    public var term: String
    /// Other names that link to the term.
    public var aliases: [String]
    /// One line, used as the link title and on the index.
    public var summary: String
    /// Terms (names or aliases) to show as related.
    public var related: [String]
    /// The Markdown body.
    public var body: String
    /// The source file, for errors.
    public var file: String
    /// The line of the file where the body starts.
    public var bodyLine: Int
}

/// A rule explanation from `Content/rules/<id>.md`.
public struct RulePage: Sendable, Hashable {
    /// The rule's stable id.
    public var id: String
    /// The title.
    public var title: String
    /// One line for the index.
    public var summary: String
    /// Configuration keys whose live values the page shows.
    public var parameters: [String]
    /// Sort order on the index.
    public var order: Int
    /// The Markdown body; may use `{{key}}` placeholders for configuration values.
    public var body: String
    /// The source file, for errors.
    public var file: String
    /// The line of the file where the body starts.
    public var bodyLine: Int
}

/// A free page from `Content/pages/<slug>.md` (about, methodology, disclaimer).
public struct FreePage: Sendable, Hashable {
    /// The page's slug and folder name.
    public var slug: String
    /// The title.
    public var title: String
    /// One line for the meta description.
    public var summary: String
    /// The Markdown body.
    public var body: String
    /// The source file, for errors.
    public var file: String
    /// The line of the file where the body starts.
    public var bodyLine: Int
}

/// Everything under the content folder apart from data and configuration.
public struct SiteContent: Sendable, Hashable {
    /// Glossary terms sorted by term, case-insensitively.
    public var glossary: [GlossaryTerm]
    /// Rule pages sorted by order, then id.
    public var rules: [RulePage]
    /// Free pages sorted by slug.
    public var pages: [FreePage]

    /// The linker targets of the glossary.
    public var linkTargets: [GlossaryLinkTarget] {
        glossary.map { GlossaryLinkTarget(slug: $0.slug, names: [$0.term] + $0.aliases, summary: $0.summary) }
    }
}
