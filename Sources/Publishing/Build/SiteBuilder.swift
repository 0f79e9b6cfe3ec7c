import Foundation
import MarketData
import Strategy

/// What a finished build did, for the command line's summary.
public struct BuildSummary: Sendable, Equatable {
    /// Trading days published.
    public var briefings: Int
    /// Files written in all (reused ones included).
    public var files: Int
    /// Briefing files reused unchanged from the previous build.
    public var reused: Int
    /// Warnings from data validation and content checks.
    public var warnings: [String]
    /// How long each step took, in order.
    public var timings: [(step: String, seconds: Double)]

    public static func == (lhs: BuildSummary, rhs: BuildSummary) -> Bool {
        lhs.briefings == rhs.briefings && lhs.files == rhs.files && lhs.reused == rhs.reused
            && lhs.warnings == rhs.warnings && lhs.timings.map(\.step) == rhs.timings.map(\.step)
    }
}

/// Builds the whole static site as a pipeline of named steps (see `SiteSteps`).
///
/// The site is written into a staging folder beside the output and swapped in by the last step,
/// so a failure at any step leaves the previous site untouched.
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
        PublishingStep("render briefings", body: SiteSteps.renderBriefings),
        PublishingStep("render pages", body: SiteSteps.renderPages),
        PublishingStep("write archive", body: SiteSteps.writeArchive),
        PublishingStep("publish", body: SiteSteps.publish),
    ]

    /// Runs the build. On any failure the staging folder is removed and the previous output is untouched.
    /// - Throws: `PublishingError` or `PublishingErrors`, each naming the step and the file.
    public func build() throws -> BuildSummary {
        var state = SiteBuildState(options: options)
        var timings: [(step: String, seconds: Double)] = []
        do {
            try PublishingPipeline(steps: SiteBuilder.steps, progress: progress).run(&state) { name, duration in
                let (seconds, attoseconds) = duration.components
                timings.append((name, Double(seconds) + Double(attoseconds) / 1e18))
            }
        } catch {
            state.staged?.discard()
            throw error
        }
        return BuildSummary(
            briefings: state.published.count, files: state.filesWritten, reused: state.filesReused,
            warnings: state.warnings, timings: timings)
    }
}

/// The state that flows through the build's steps.
struct SiteBuildState {
    let options: BuildOptions
    var configuration = Configuration.defaults
    var content = SiteContent(glossary: [], rules: [], pages: [])
    var templates: TemplateLibrary?
    /// Every trading day evaluated: from the start of the data (for the warm-up) to `--to`.
    var series = MarketSeries(days: [])
    /// Indices into `series.days` that are published (from `--from`).
    var published: Range<Int> = 0..<0
    var runs: [Profile: ProfileRun] = [:]
    /// The fingerprint of the evaluated data and the configuration, stored in the archive.
    var dataKey = ""
    var staged: StagedOutput?
    /// For each glossary slug, the published briefing dates that link to it.
    var mentions: [String: [CalendarDate]] = [:]
    var filesWritten = 0
    /// Briefing files hard-linked from the previous build instead of rendered.
    var filesReused = 0
    /// What this build publishes, for the next build.
    var manifest = BuildManifest(
        format: BuildManifest.format, tool: CondorPressVersion.current, briefings: [:], archiveKey: "", archiveLastDate: nil)
    var warnings: [String] = []

    init(options: BuildOptions) {
        self.options = options
    }

    /// The staging folder, created on first use.
    mutating func output() throws -> StagedOutput {
        if let staged { return staged }
        let created = try StagedOutput(output: options.output)
        staged = created
        return created
    }

    /// The site settings, with `--base-url` taking precedence over the configuration.
    var site: SiteSettingsView {
        SiteSettingsView(settings: configuration.site, baseURL: options.baseURL)
    }
}
