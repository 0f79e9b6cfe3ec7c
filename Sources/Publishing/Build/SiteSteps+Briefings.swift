import Foundation
import MarketData

extension SiteSteps {
    /// Renders the briefings whose inputs changed (every one in a full build) on all cores, then
    /// the home page; the others keep their files and their manifest entries.
    ///
    /// When the archive is to be written whole (no append to the published one is planned), its
    /// data files and pages and the statistics page are written in the same pool, first: they are
    /// the longest items and depend only on the evaluation, so no core waits for them in "write archive".
    static func renderBriefings(_ plan: BuildPlan) throws -> RenderedBriefings {
        var draft = plan.draft
        let data = draft.evaluation.data
        let writer = try briefingWriter(draft.evaluation)
        var entries = plan.reusedBriefings
        let output = draft.output
        let render = data.published.filter { entries[$0] == nil }
        let archiveJobs = draft.incremental?.archiveAppendsAfter == nil ? wholeArchiveJobs(draft) : []
        let results = try ParallelRender.map(count: archiveJobs.count + render.count) {
            item -> BuildManifest.Briefing? in
            if item < archiveJobs.count {
                try archiveJobs[item]()
                return nil
            }
            return try writer.write(index: render[item - archiveJobs.count], to: output)
        }
        let rendered = results.dropFirst(archiveJobs.count).compactMap { $0 }
        for (offset, entry) in rendered.enumerated() { entries[render[offset]] = entry }
        var changedTerms: Set<String>?
        if let plan = draft.incremental, plan.sameSiteInputs {
            changedTerms = self.changedTerms(
                plan: plan, rendered: render.map { data.series.days[$0].date }, entries: rendered,
                published: data.published.map { data.series.days[$0].date })
        }
        var mentions: [String: [CalendarDate]] = [:]
        for index in data.published {
            guard let entry = entries[index] else { continue }
            let date = data.series.days[index].date
            for slug in entry.terms { mentions[slug, default: []].append(date) }
            draft.manifest.briefings[date] = entry
        }
        if let last = data.published.last {
            try output.write(try writer.home(index: last), to: "index.html")
        }
        return RenderedBriefings(
            draft: draft, mentions: mentions, changedTerms: changedTerms, archiveWritten: !archiveJobs.isEmpty)
    }

    /// The writer of the evaluated history's briefings.
    static func briefingWriter(_ evaluation: Evaluation) throws -> BriefingWriter {
        let data = evaluation.data
        let content = data.content
        let source = BriefingSource(
            days: data.series.days, records: evaluation.runs.mapValues(\.records),
            configuration: content.configuration.configuration, coverage: data.series.coverage,
            spxBefore: data.series.spxWarmUp.last)
        return try BriefingWriter(
            source: source, renderer: PageRenderer(templates: content.templates, site: content.configuration.site),
            markdown: content.markdown,
            first: data.published.lowerBound, inputKey: content.briefingKey)
    }

    /// The manifest entries of the briefings the previous build left exact, by series index, or
    /// nil when the build should be a full one.
    ///
    /// Briefings before the plan's `unchangedBefore` are taken as they are; the others are taken
    /// when their input key is unchanged. When more than half would need rendering anyway the
    /// answer is nil: a fresh staging folder is then faster than journaling most of the site.
    static func reusedBriefings(plan: IncrementalPlan, writer: BriefingWriter, data: LoadedData) throws
        -> [Int: BuildManifest.Briefing]?
    {
        let days = data.series.days
        var entries: [Int: BuildManifest.Briefing] = [:]
        var candidates: [Int] = []
        for index in data.published {
            guard let old = plan.previous.briefings[days[index].date] else { continue }
            if index < plan.unchangedBefore { entries[index] = old } else { candidates.append(index) }
        }
        let compare = candidates
        let keys = try ParallelRender.map(count: compare.count) { try writer.key(index: compare[$0]) }
        for (offset, index) in compare.enumerated() where plan.previous.briefings[days[index].date]?.key == keys[offset]
        {
            entries[index] = plan.previous.briefings[days[index].date]
        }
        if (data.published.count - entries.count) * 2 > data.published.count {
            return nil
        }
        return entries
    }

    /// The terms linked from the briefings rendered now or before them, or from the briefings of
    /// the previous build that are no longer published: the only term pages whose mentions can differ.
    private static func changedTerms(
        plan: IncrementalPlan, rendered: [CalendarDate], entries: [BuildManifest.Briefing], published: [CalendarDate]
    ) -> Set<String> {
        var terms = Set(entries.flatMap(\.terms))
        for date in rendered { terms.formUnion(plan.previous.briefings[date]?.terms ?? []) }
        if plan.previous.briefings.count + rendered.count > published.count {
            let current = Set(published)
            for (date, briefing) in plan.previous.briefings where !current.contains(date) {
                terms.formUnion(briefing.terms)
            }
        }
        return terms
    }
}
