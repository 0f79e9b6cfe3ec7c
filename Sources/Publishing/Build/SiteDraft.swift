import OutputStore

/// The site being written: what it is made from, what it takes over from the previous build,
/// where its files go and the manifest so far.
struct SiteDraft {
    let evaluation: Evaluation
    /// What this build takes over from the previous one; nil for a full build.
    let incremental: IncrementalPlan?
    /// The published site updated in place (with a plan), or a staging folder swapped in at the end.
    let output: any SiteOutput
    /// What this build publishes, for the next build: the keys from the start, the briefings
    /// once rendered, the files when published.
    var manifest: BuildManifest
}

/// The result of a step from "compare with the previous build" on: it holds the site being
/// written, which the next step writes into (see `PublishingStep.init(writing:body:)`).
protocol DraftStage {
    var draft: SiteDraft { get }
}

extension PublishingStep where Input: DraftStage {
    /// A step that writes into the site being built: when it fails, everything written so far is
    /// thrown away and the published site stays as it was.
    init(writing name: String, body: @escaping @Sendable (Input) throws -> Output) {
        self.init(name) { input in
            do {
                return try body(input)
            } catch {
                input.draft.output.discard()
                throw error
            }
        }
    }
}
