import Foundation
import MarketData
import OutputStore
import Strategy

/// What a finished build did, for the command line's summary.
public struct BuildSummary: Sendable, Equatable {
    /// Trading days published.
    public var briefings: Int
    /// Files in the published site (the build manifest included).
    public var files: Int
    /// Files this build created, replaced, extended or removed; the others were left as they were.
    public var changed: Int
    /// Files left exactly as the previous build published them.
    public var reused: Int { max(0, files - changed) }
    /// Warnings from data validation and content checks.
    public var warnings: [String]
    /// Remarks on how the data was read: rows without a value, rows not used and why, optional
    /// files not supplied, one line each.
    public var notes: [String] = []
    /// How long each step took, in order.
    public var timings: [(step: String, seconds: Double)]

    /// Summaries are equal when their counts, warnings and step names are (timings differ by run).
    public static func == (lhs: BuildSummary, rhs: BuildSummary) -> Bool {
        lhs.briefings == rhs.briefings && lhs.files == rhs.files && lhs.changed == rhs.changed
            && lhs.warnings == rhs.warnings && lhs.timings.map(\.step) == rhs.timings.map(\.step)
    }
}

/// Builds the whole static site as a pipeline of named steps (see `SiteSteps`).
///
/// A full build writes the site into a staging folder beside the output and swaps it in by the
/// last step; an incremental build writes only the files that change and moves them in under a
/// rollback journal (see `InPlaceOutput`). Either way a failure at any step, or a kill, leaves the
/// previous site as it was, and the next build recovers without help.
public struct SiteBuilder: Sendable {
    /// The build's inputs and output.
    public let options: BuildOptions
    /// Progress lines (`[i/n] step`), or nil for silence.
    public let progress: (@Sendable (String) -> Void)?

    /// Creates a builder.
    public init(options: BuildOptions, progress: (@Sendable (String) -> Void)? = nil) {
        self.options = options
        self.progress = progress
    }

    /// The build's steps, in order.
    static let steps: [PublishingStep<SiteBuildState>] = [
        PublishingStep("load configuration", body: SiteSteps.loadConfiguration),
        PublishingStep("load content and templates", body: SiteSteps.loadContent),
        PublishingStep("validate data", body: SiteSteps.loadData),
        PublishingStep("evaluate rules", body: SiteSteps.evaluate),
        PublishingStep("compare with the previous build", body: SiteSteps.plan),
        PublishingStep("render briefings", body: SiteSteps.renderBriefings),
        PublishingStep("render pages", body: SiteSteps.renderPages),
        PublishingStep("write archive", body: SiteSteps.writeArchive),
        PublishingStep("copy static files", body: SiteSteps.copyStaticFiles),
        PublishingStep("publish", body: SiteSteps.publish),
    ]

    /// Runs the build, after any other build or recovery of the same output has finished.
    ///
    /// Before any work the output is resolved (a link is followed to its folder, which the build
    /// then updates) and checked (see ``OutputOwnership``): a folder the build may not replace is
    /// refused untouched. On any later failure the staging folder is removed and the previous
    /// output is untouched.
    /// - Throws: `PublishingError` or `PublishingErrors`, each naming the step and the file.
    public func build() throws -> BuildSummary {
        let output = try PublishingError.mappingOutput { try OutputSafety.resolveOutput(options) }
        let lock = try PublishingError.mappingOutput {
            try OutputLock(output: output) { [progress, options] in
                progress?("\(options.output): waiting for another build or recovery of this output to finish")
            }
        }
        defer { withExtendedLifetime(lock) {} }
        try PublishingError.mappingOutput { try OutputSafety.checkContents(of: output, shown: options.output) }
        var resolved = options
        resolved.output = output
        var state = SiteBuildState(options: resolved)
        var timings: [(step: String, seconds: Double)] = []
        do {
            try PublishingPipeline(steps: SiteBuilder.steps, progress: progress).run(&state) { name, duration in
                let (seconds, attoseconds) = duration.components
                timings.append((name, Double(seconds) + Double(attoseconds) / 1e18))
            }
        } catch {
            state.siteOutput?.discard()
            throw error
        }
        let files = state.manifest.files.count + state.manifest.briefings.count * 2 + 1
        return BuildSummary(
            briefings: state.published.count, files: files, changed: state.siteOutput?.changedFiles ?? 0,
            warnings: state.warnings, notes: state.dataNotes, timings: timings)
    }
}

/// The state that flows through the build's steps.
struct SiteBuildState {
    let options: BuildOptions
    var configuration = Configuration.defaults
    var content = SiteContent(glossary: [], rules: [], pages: [])
    var templates: TemplateLibrary?
    /// The content renderer with the glossary linker, built once from the content for every page.
    var markdown = ContentRenderer(linker: GlossaryLinker(targets: []))
    /// Every trading day evaluated: from the start of the data (for the warm-up) to `--to`.
    var series = MarketSeries(days: [])
    /// The data files read, with their layouts, rows and dates (the methodology page lists them).
    var sources: [DataSource] = []
    /// The data loader's remarks, for the summary.
    var dataNotes: [String] = []
    /// Indices into `series.days` that are published (from `--from`).
    var published: Range<Int> = 0..<0
    var runs: [Profile: ProfileRun] = [:]
    /// How often, when and with what aftermath each rule fired, per profile (rule and stats pages).
    var ruleStatistics: [Profile: [RuleID: RuleStatistics]] = [:]
    /// The fingerprint of the evaluated data and the configuration, stored in the archive.
    var dataKey = ""
    /// The fingerprint of the templates, content, configuration and options.
    var globalKey = ""
    /// The fingerprint of what every briefing shares (see `InputFingerprint.briefings`).
    var briefingKey = ""
    /// What this build takes over from the previous one; nil for a full build.
    var plan: IncrementalPlan?
    /// Where the files go, created on first use (see `output()`).
    var siteOutput: (any SiteOutput)?
    /// For each glossary slug, the published briefing dates that link to it.
    var mentions: [String: [CalendarDate]] = [:]
    /// The glossary terms whose list of mentioning briefings may have changed since the previous
    /// build (the terms of every briefing rendered or removed); nil in a full build.
    var changedTerms: Set<String>?
    /// What this build publishes, for the next build.
    var manifest = BuildManifest()
    var warnings: [String] = []

    init(options: BuildOptions) {
        self.options = options
    }

    /// Where the files go, created on first use: the published site updated in place when the
    /// build has a plan from the previous build, else a staging folder swapped in at the end.
    mutating func output() throws -> any SiteOutput {
        if let siteOutput { return siteOutput }
        let created: any SiteOutput =
            plan == nil ? try StagedOutput(output: options.output) : try InPlaceOutput(output: options.output)
        siteOutput = created
        return created
    }

    /// The site settings, with `--base-url` taking precedence over the configuration.
    var site: SiteSettingsView {
        SiteSettingsView(settings: configuration.site, baseURL: options.baseURL)
    }
}
