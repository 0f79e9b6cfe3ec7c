import Archive
import Charts
import Foundation
import MarketData
import OutputStore
import Strategy

/// The steps of `SiteBuilder`, one function each, in pipeline order.
enum SiteSteps {
    /// Reads `condorpress.yml`; every problem names the file, line and key.
    ///
    /// A bad `--base-url` is refused first; a placeholder address gets one warning.
    static func loadConfiguration(_ state: inout SiteBuildState) throws {
        let path = state.options.config
        let override = try PublishedAddress.override(state.options.baseURL)
        state.configuration = try ConfigurationFile.load(path)
        if let override { state.configuration.site.baseURL = override }
        let warning = PublishedAddress.placeholderWarning(
            address: state.configuration.site.baseURL, overridden: override != nil, configFile: path)
        if let warning { state.warnings.append(warning) }
    }

    /// Loads the glossary, rules, pages and templates, and checks that every rule has a page.
    static func loadContent(_ state: inout SiteBuildState) throws {
        let content = try ContentLoader(directory: state.options.content).load()
        let missing = RuleID.allCases.filter { id in !content.rules.contains { $0.id == id.rawValue } }
        var problems = missing.map {
            PublishingError(
                file: state.options.content + "/rules/\($0.rawValue).md",
                message: "rule \"\($0.rawValue)\" has no rule page; every rule the engine can fire needs one")
        }
        let known = Set(RuleID.allCases.map(\.rawValue))
        problems += content.rules.filter { !known.contains($0.id) }.map {
            PublishingError(file: $0.file, line: 2, message: "rule id \"\($0.id)\" is not a rule the engine fires")
        }
        let parameterNames = Set(state.configuration.parameters.map(\.name))
        for rule in content.rules {
            for name in rule.parameters where !parameterNames.contains(name) {
                problems.append(
                    PublishingError(
                        file: rule.file, line: 2, message: "parameters: \"\(name)\" is not a configuration key"))
            }
        }
        guard problems.isEmpty else { throw PublishingErrors(problems) }
        state.content = content
        state.markdown = ContentRenderer(linker: GlossaryLinker(targets: content.linkTargets))
        state.templates = try TemplateLibrary(directory: state.options.templates)
        state.globalKey = try InputFingerprint.global(options: state.options)
        state.briefingKey = try InputFingerprint.briefings(options: state.options, linkTargets: content.linkTargets)
    }

    /// Reads and validates the EOD data up to `--to`, keeping the published range from `--from`.
    static func loadData(_ state: inout SiteBuildState) throws {
        let loaded: LoadedMarketData
        do {
            loaded = try MarketDataLoader(directory: state.options.data, lenient: state.options.lenient).load()
        } catch let error as DataValidationError {
            throw PublishingErrors(
                error.errors.map { PublishingError(message: DataReportWording.line($0)) },
                warnings: error.warnings.map(DataReportWording.line))
        }
        state.warnings += loaded.warnings.map(DataReportWording.line)
        state.sources = loaded.sources
        state.dataNotes = loaded.notes.map(DataReportWording.line)
        state.series = loaded.series.clipped(from: nil, to: state.options.to)
        state.dataKey = InputFingerprint.series(state.series, configuration: state.options.config)
        let first =
            state.options.from.flatMap { from in state.series.days.firstIndex { $0.date >= from } }
            ?? (state.options.from == nil ? 0 : state.series.days.count)
        state.published = first..<state.series.days.count
        guard !state.published.isEmpty else {
            throw PublishingError(file: state.options.data, message: "no trading days in the requested range")
        }
    }

    /// Runs the three profiles over the whole evaluated history and measures every rule.
    static func evaluate(_ state: inout SiteBuildState) throws {
        let engine = StrategyEngine(parameters: state.configuration.engine)
        for run in engine.runAll(series: state.series) {
            state.runs[run.profile] = run
        }
        state.ruleStatistics = RuleStatistics.byProfile(runs: state.runs, published: state.published)
    }

    /// Decides what the build takes over from the previous one in the output folder (see
    /// `IncrementalPlan`); `--full` and a missing or foreign manifest make it a full build.
    static func plan(_ state: inout SiteBuildState) throws {
        guard !state.options.full else { return }
        let output = URL(fileURLWithPath: state.options.output, isDirectory: true).standardizedFileURL
        try StagedOutput.recover(output: output)
        state.plan = IncrementalPlan.make(
            previous: BuildManifest.load(from: output), globalKey: state.globalKey, briefingKey: state.briefingKey,
            series: state.series,
            published: state.published, configuration: state.options.config)
    }

    /// Renders the glossary, rule pages, free pages, 404, feed, sitemap and the stylesheet.
    static func renderPages(_ state: inout SiteBuildState) throws {
        guard let templates = state.templates else { return }
        let output = try state.output()
        let renderer = PageRenderer(templates: templates, site: state.site)
        let markdown = state.markdown
        var files = try GlossaryPages(
            content: state.content, renderer: renderer, markdown: markdown, mentions: state.mentions
        )
        .files(terms: state.changedTerms)
        // Term pages left as they are (their mentions did not change) still belong in the sitemap.
        var keptPaths: [String] = []
        if let changed = state.changedTerms {
            keptPaths = state.content.glossary.map(\.slug).filter { !changed.contains($0) }.map(GlossaryPages.path)
            keptPaths.forEach(output.keep)
        }
        let inputs = BuildInputsSection(sources: state.sources, series: state.series, model: state.configuration.model)
        files += try FreePages(content: state.content, renderer: renderer, markdown: markdown, inputs: inputs).files()
        files += try RulePages(
            content: state.content, renderer: renderer, markdown: markdown, configuration: state.configuration,
            runs: state.runs, days: state.series.days, coverage: state.series.coverage, published: state.published,
            ruleStatistics: state.ruleStatistics
        ).files()
        files.append(
            (
                path: "404.html",
                contents: try renderer.page(
                    template: "404", title: "Page not found", description: "There is no page at this address.",
                    root: "",
                    body: "")
            ))
        let dates = state.published.map { state.series.days[$0].date }
        let briefings = state.published.suffix(state.site.feedEntries).reversed().compactMap { index -> FeedEntry? in
            guard let record = state.runs[.steward]?.records[index] else { return nil }
            return FeedEntry(
                date: record.date, summary: BriefingText.summary(day: state.series.days[index], record: record))
        }
        files.append((path: "feed.xml", contents: FeedWriter(site: state.site).feed(entries: briefings)))
        let pagePaths = (files.map(\.path) + keptPaths).filter { $0.hasSuffix(".html") && $0 != "404.html" }
        files.append(
            (
                path: "sitemap.xml",
                contents: SitemapWriter(site: state.site).sitemap(
                    briefingDates: dates,
                    otherPages: pagePaths + ArchivePages.paths(dates: dates) + ["stats/index.html"])
            ))
        for file in files { try output.write(file.contents, to: file.path) }
        let css = URL(fileURLWithPath: state.options.templates).appendingPathComponent("style.css")
        guard let stylesheet = FileManager.default.contents(atPath: css.path) else {
            throw PublishingError(
                file: css.path, message: "the stylesheet style.css is missing from the templates folder")
        }
        try output.write(
            stylesheet + Data(("\n/* Charts (from the Charts module). */\n" + ChartStylesheet.css).utf8),
            to: "style.css")
    }
}
