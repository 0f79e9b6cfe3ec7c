import Foundation
import MarketData

extension SiteSteps {
    /// Renders the briefings whose inputs changed (every one in a full build) on all cores, then
    /// the home page; the others keep their files and their manifest entries.
    static func renderBriefings(_ state: inout SiteBuildState) throws {
        guard let templates = state.templates else { return }
        let source = BriefingSource(
            days: state.series.days, records: state.runs.mapValues(\.records), configuration: state.configuration,
            coverage: state.series.coverage, spxBefore: state.series.spxWarmUp.last)
        let writer = BriefingWriter(
            source: source, renderer: PageRenderer(templates: templates, site: state.site),
            markdown: state.markdown,
            first: state.published.lowerBound, inputKey: state.briefingKey)
        var entries = try reusedBriefings(&state, writer: writer)
        let output = try state.output()
        let render = state.published.filter { entries[$0] == nil }
        let rendered = try ParallelRender.map(count: render.count) { offset in
            try writer.write(index: render[offset], to: output)
        }
        for (offset, entry) in rendered.enumerated() { entries[render[offset]] = entry }
        if let plan = state.plan, plan.sameSiteInputs {
            state.changedTerms = changedTerms(
                plan: plan, rendered: render.map { state.series.days[$0].date }, entries: rendered,
                published: state.published.map { state.series.days[$0].date })
        }
        for index in state.published {
            guard let entry = entries[index] else { continue }
            let date = state.series.days[index].date
            for slug in entry.terms { state.mentions[slug, default: []].append(date) }
            state.manifest.briefings[date] = entry
        }
        state.manifest.globalKey = state.globalKey
        state.manifest.briefingKey = state.briefingKey
        state.manifest.dataKey = state.dataKey
        state.manifest.lastDate = state.published.last.map { state.series.days[$0].date }
        if let last = state.published.last {
            try output.write(try writer.home(index: last), to: "index.html")
        }
    }

    /// The manifest entries of the briefings the previous build left exact, by series index.
    ///
    /// Briefings before the plan's `unchangedBefore` are taken as they are; the others are taken
    /// when their input key is unchanged. When more than half would need rendering anyway the
    /// plan is dropped and the build becomes a full one (a fresh staging folder is then faster
    /// than journaling most of the site).
    private static func reusedBriefings(_ state: inout SiteBuildState, writer: BriefingWriter) throws -> [Int:
        BuildManifest.Briefing]
    {
        guard let plan = state.plan else { return [:] }
        let days = state.series.days
        var entries: [Int: BuildManifest.Briefing] = [:]
        var candidates: [Int] = []
        for index in state.published {
            guard let old = plan.previous.briefings[days[index].date] else { continue }
            if index < plan.unchangedBefore { entries[index] = old } else { candidates.append(index) }
        }
        let compare = candidates
        let keys = try ParallelRender.map(count: compare.count) { try writer.key(index: compare[$0]) }
        for (offset, index) in compare.enumerated() where plan.previous.briefings[days[index].date]?.key == keys[offset]
        {
            entries[index] = plan.previous.briefings[days[index].date]
        }
        if (state.published.count - entries.count) * 2 > state.published.count {
            state.plan = nil
            return [:]
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
