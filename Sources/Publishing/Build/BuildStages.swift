import MarketData
import OutputStore
import Strategy

// What each step of `SiteBuilder` produces, in pipeline order. Each result holds the one before
// it, so a step's input is everything the earlier steps made and nothing has a placeholder value.

/// What "load configuration" produces: the configuration with `--base-url` and `--search`
/// applied, and Pagefind when the site has a search index.
struct LoadedConfiguration {
    /// The build's options, with the output resolved.
    let options: BuildOptions
    let configuration: Configuration
    /// The placeholder-address warning, if the site has one.
    let warnings: [String]
    /// The command that builds the search index; nil when `site.search` is off.
    var pagefind: PagefindCommand? = nil

    /// The site settings, with `--base-url` taking precedence over the configuration.
    var site: SiteSettingsView {
        SiteSettingsView(settings: configuration.site, baseURL: options.baseURL)
    }
}

/// What "load content and templates" produces: the checked content, the templates and the keys
/// of the inputs other than the market data.
struct LoadedContent {
    let configuration: LoadedConfiguration
    /// The glossary, rule pages and free pages.
    let siteContent: SiteContent
    let templates: TemplateLibrary
    /// The content renderer with the glossary linker, built once from the content for every page.
    let markdown: ContentRenderer
    /// The fingerprint of the templates, content, configuration and options.
    let globalKey: String
    /// The fingerprint of what every briefing shares (see `InputFingerprint.briefings`).
    let briefingKey: String
}

/// What "validate data" produces: the sessions evaluated and those published.
struct LoadedData {
    let content: LoadedContent
    /// Every trading day evaluated: from the start of the data (for the warm-up) to `--to`.
    let series: MarketSeries
    /// The data files read, with their layouts, rows and dates (the methodology page lists them).
    let sources: [DataSource]
    /// The data loader's remarks, for the summary.
    let notes: [String]
    /// Indices into `series.days` that are published (from `--from`); never empty.
    let published: Range<Int>
    /// The data loader's warnings.
    let warnings: [String]
}

/// What "evaluate rules" produces: the three profiles' runs and every rule's statistics.
struct Evaluation {
    let data: LoadedData
    let runs: [Profile: ProfileRun]
    /// How often, when and with what aftermath each rule fired, per profile (rule and stats pages).
    let ruleStatistics: [Profile: [RuleID: RuleStatistics]]
    /// The fingerprint of the evaluated data and the configuration, stored in the archive.
    let dataKey: String
}

/// What "compare with the previous build" produces: the draft, and the previous build's
/// briefings that are still exact, by series index.
struct BuildPlan: DraftStage {
    let draft: SiteDraft
    let reusedBriefings: [Int: BuildManifest.Briefing]
}

/// What "render briefings" produces: the draft with every briefing and the home page written.
struct RenderedBriefings: DraftStage {
    let draft: SiteDraft
    /// For each glossary slug, the published briefing dates that link to it.
    let mentions: [String: [CalendarDate]]
    /// The glossary terms whose list of mentioning briefings may have changed since the previous
    /// build (the terms of every briefing rendered or removed); nil when every term page is rendered.
    let changedTerms: Set<String>?
    /// True when the archive (its data files and pages, and the statistics page) was written
    /// whole alongside the briefings; false when "write archive" must extend or write it.
    let archiveWritten: Bool
}

/// What "render pages" produces: the draft with every page but the archive's written.
struct RenderedPages: DraftStage {
    let draft: SiteDraft
    /// Whether the archive is already written (see ``RenderedBriefings``).
    let archiveWritten: Bool
}

/// What "write archive" produces: the draft with every generated file written.
struct WrittenArchive: DraftStage {
    let draft: SiteDraft
}

/// What "copy static files" produces: the draft complete, ready to publish.
struct CompleteSite: DraftStage {
    let draft: SiteDraft
}

/// What "publish" produces: the published site's manifest and the build's remarks.
struct PublishedSite {
    let draft: SiteDraft
    /// Files of the published site this build created, replaced, extended or removed.
    let changedFiles: Int
    /// The warning about files added to the output by hand, if there are any.
    let warnings: [String]
}
