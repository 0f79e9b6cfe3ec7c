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

    /// The steps that load and evaluate the inputs, in order (also run alone by `RenderBenchmark`).
    static let evaluation = PublishingPipeline(PublishingStep("load configuration", body: SiteSteps.loadConfiguration))
        .then(PublishingStep("load content and templates", body: SiteSteps.loadContent))
        .then(PublishingStep("validate data", body: SiteSteps.loadData))
        .then(PublishingStep("evaluate rules", body: SiteSteps.evaluate))

    /// The build's steps, in order; every step from the first that writes a file throws the
    /// output away when it fails.
    static let steps = evaluation
        .then(PublishingStep("compare with the previous build", body: SiteSteps.plan))
        .then(PublishingStep(writing: "render briefings", body: SiteSteps.renderBriefings))
        .then(PublishingStep(writing: "render pages", body: SiteSteps.renderPages))
        .then(PublishingStep(writing: "write archive", body: SiteSteps.writeArchive))
        .then(PublishingStep(writing: "build search index", body: SiteSteps.buildSearchIndex))
        .then(PublishingStep(writing: "copy static files", body: SiteSteps.copyStaticFiles))
        .then(PublishingStep(writing: "publish", body: SiteSteps.publish))

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
        var timings: [(step: String, seconds: Double)] = []
        let site = try SiteBuilder.steps.run(resolved, progress: progress) { name, duration in
            let (seconds, attoseconds) = duration.components
            timings.append((name, Double(seconds) + Double(attoseconds) / 1e18))
        }
        let data = site.draft.evaluation.data
        let manifest = site.draft.manifest
        return BuildSummary(
            briefings: data.published.count, files: manifest.files.count + manifest.briefings.count * 2 + 1,
            changed: site.changedFiles, warnings: data.content.configuration.warnings + data.warnings + site.warnings,
            notes: data.notes, timings: timings)
    }
}
