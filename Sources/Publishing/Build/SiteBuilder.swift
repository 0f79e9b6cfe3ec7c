import Foundation
import MarketData

/// What a finished build did, for the command line's summary.
public struct BuildSummary: Sendable, Equatable {
    /// Trading days published.
    public var briefings: Int
    /// Files written in all.
    public var files: Int
    /// Warnings from data validation and content checks.
    public var warnings: [String]
}

/// The state that flows through the build's steps.
struct SiteBuildState {
    let options: BuildOptions
    var series = MarketSeries(days: [])
    var warnings: [String] = []
    var templates: TemplateLibrary?
    var staged: StagedOutput?
    var filesWritten = 0
}

/// Builds the whole static site as a pipeline of named steps:
/// validate data → load templates → render pages → publish (swap the staging folder in).
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

    /// Runs the build. On any failure the staging folder is removed and the previous output is untouched.
    /// - Throws: `PublishingError` or `PublishingErrors`, each naming the step and the file.
    public func build() throws -> BuildSummary {
        var state = SiteBuildState(options: options)
        let pipeline = PublishingPipeline<SiteBuildState>(
            steps: [
                PublishingStep("validate data", body: SiteSteps.loadData),
                PublishingStep("load templates", body: SiteSteps.loadTemplates),
                PublishingStep("render pages", body: SiteSteps.renderPages),
                PublishingStep("publish", body: SiteSteps.publish),
            ], progress: progress)
        do {
            try pipeline.run(&state)
        } catch {
            state.staged?.discard()
            throw error
        }
        return BuildSummary(briefings: state.series.days.count, files: state.filesWritten, warnings: state.warnings)
    }
}
