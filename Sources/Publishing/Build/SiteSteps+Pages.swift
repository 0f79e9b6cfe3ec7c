import Foundation

extension SiteSteps {
    /// Renders the glossary, rule pages, free pages, 404, feeds, sitemap and the stylesheet, and the
    /// search page when `site.search` is on (not in the sitemap: it has no content of its own).
    static func renderPages(_ briefings: RenderedBriefings) throws -> RenderedPages {
        let draft = briefings.draft
        let evaluation = draft.evaluation
        let data = evaluation.data
        let content = data.content
        let configuration = content.configuration
        let site = configuration.site
        let renderer = PageRenderer(templates: content.templates, site: site)
        var files = try GlossaryPages(
            content: content.siteContent, renderer: renderer, markdown: content.markdown, mentions: briefings.mentions
        )
        .files(terms: briefings.changedTerms)
        // Term pages left as they are (their mentions did not change) still belong in the sitemap.
        var keptPaths: [String] = []
        if let changed = briefings.changedTerms {
            keptPaths = content.siteContent.glossary.map(\.slug).filter { !changed.contains($0) }.map(
                GlossaryPages.path)
            keptPaths.forEach(draft.output.keep)
        }
        let inputs = BuildInputsSection(
            sources: data.sources, series: data.series, model: configuration.configuration.model)
        files += try FreePages(
            content: content.siteContent, renderer: renderer, markdown: content.markdown, inputs: inputs
        ).files()
        files += try RulePages(
            content: content.siteContent, renderer: renderer, markdown: content.markdown,
            configuration: configuration.configuration, runs: evaluation.runs, days: data.series.days,
            coverage: data.series.coverage, published: data.published, ruleStatistics: evaluation.ruleStatistics
        ).files()
        files.append(try NotFoundPage(renderer: renderer).file())
        files += FeedPage(
            site: site, days: data.series.days, records: evaluation.runs[.steward]?.records,
            published: data.published
        ).files()
        files.append(
            SitemapPage(
                site: site, briefingDates: data.published.map { data.series.days[$0].date },
                pagePaths: files.map(\.path) + keptPaths
                    + (data.series.chain == nil ? [] : [ModelVersusMarketPage.path])
            ).file())
        for file in files { try draft.output.write(file.contents, to: file.path) }
        let stylesheet = try Stylesheet(templates: configuration.options.templates).file()
        try draft.output.write(stylesheet.contents, to: stylesheet.path)
        if site.search {
            for file in try SearchPage(renderer: renderer, templates: configuration.options.templates).files() {
                try draft.output.write(file.contents, to: file.path)
            }
        }
        return RenderedPages(draft: draft, archiveWritten: briefings.archiveWritten)
    }
}
