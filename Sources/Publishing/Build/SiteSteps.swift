import Archive
import Foundation
import MarketData
import OutputStore
import Strategy

/// The steps of `SiteBuilder`, one function each, in pipeline order: each takes the result of the
/// step before (see `BuildStages.swift`) and returns its own.
enum SiteSteps {
    /// Reads `condorpress.yml`; every problem names the file, line and key.
    ///
    /// A bad `--base-url` is refused first; a placeholder address gets one warning. With
    /// `site.search` on, Pagefind is located here (``PagefindCommand/locate(environment:)``), so a
    /// machine without it stops the build before any work.
    static func loadConfiguration(_ options: BuildOptions) throws -> LoadedConfiguration {
        let path = options.config
        let override = try PublishedAddress.override(options.baseURL)
        var configuration = try ConfigurationFile.load(path)
        if let override { configuration.site.baseURL = override }
        if let search = options.search { configuration.site.search = search }
        let warning = PublishedAddress.placeholderWarning(
            address: configuration.site.baseURL, overridden: override != nil, configFile: path)
        // Pagefind is looked for now, so that a machine without it stops the build before any work.
        let pagefind =
            configuration.site.search
            ? try PagefindCommand.locate(environment: ProcessInfo.processInfo.environment) : nil
        return LoadedConfiguration(
            options: options, configuration: configuration, warnings: warning.map { [$0] } ?? [], pagefind: pagefind)
    }

    /// Loads the glossary, rules, pages and templates, checks that every rule has a page, and
    /// takes the keys of these inputs.
    static func loadContent(_ configuration: LoadedConfiguration) throws -> LoadedContent {
        let options = configuration.options
        let content = try checkedContent(options: options, configuration: configuration.configuration)
        let templates = try TemplateLibrary(directory: options.templates)
        return LoadedContent(
            configuration: configuration, siteContent: content, templates: templates,
            markdown: ContentRenderer(
                linker: GlossaryLinker(targets: content.linkTargets, insertsLinks: options.glossaryLinks)),
            globalKey: try InputFingerprint.global(options: options),
            briefingKey: try InputFingerprint.briefings(options: options, linkTargets: content.linkTargets))
    }

    /// Loads the glossary, rules and pages, and checks that every rule the engine fires has a
    /// page, every page a rule and every parameter a page names a configuration key.
    /// - Throws: `PublishingErrors` listing every problem.
    static func checkedContent(options: BuildOptions, configuration: Configuration) throws -> SiteContent {
        let content = try ContentLoader(directory: options.content).load()
        let missing = RuleID.allCases.filter { id in !content.rules.contains { $0.id == id.rawValue } }
        var problems = missing.map {
            PublishingError(
                file: options.content + "/rules/\($0.rawValue).md",
                message: "rule \"\($0.rawValue)\" has no rule page; every rule the engine can fire needs one")
        }
        let known = Set(RuleID.allCases.map(\.rawValue))
        problems += content.rules.filter { !known.contains($0.id) }.map {
            PublishingError(file: $0.file, line: 2, message: "rule id \"\($0.id)\" is not a rule the engine fires")
        }
        let parameterNames = Set(configuration.parameters.map(\.name))
        for rule in content.rules {
            for name in rule.parameters where !parameterNames.contains(name) {
                problems.append(
                    PublishingError(
                        file: rule.file, line: 2, message: "parameters: \"\(name)\" is not a configuration key"))
            }
        }
        guard problems.isEmpty else { throw PublishingErrors(problems) }
        return content
    }

    /// Reads and validates the EOD data up to `--to`, keeping the published range from `--from`.
    static func loadData(_ content: LoadedContent) throws -> LoadedData {
        let options = content.configuration.options
        let loaded: LoadedMarketData
        do {
            loaded = try MarketDataLoader(directory: options.data, lenient: options.lenient).load()
        } catch let error as DataValidationError {
            throw PublishingErrors(
                error.errors.map { PublishingError(message: DataReportWording.line($0)) },
                warnings: error.warnings.map(DataReportWording.line))
        }
        let series = loaded.series.clipped(from: nil, to: options.to)
        let first =
            options.from.flatMap { from in series.days.firstIndex { $0.date >= from } }
            ?? (options.from == nil ? 0 : series.days.count)
        let published = first..<series.days.count
        guard !published.isEmpty else {
            throw PublishingError(file: options.data, message: "no trading days in the requested range")
        }
        return LoadedData(
            content: content, series: series, sources: loaded.sources, notes: loaded.notes.map(DataReportWording.line),
            published: published, warnings: loaded.warnings.map(DataReportWording.line))
    }

    /// Runs the three profiles over the whole evaluated history, measures every rule and takes
    /// the data's key.
    ///
    /// The three runs and the key are independent, so each is a job of its own, run on every core
    /// (the build's only serial stretch of any length before the pages render).
    static func evaluate(_ data: LoadedData) throws -> Evaluation {
        let engine = StrategyEngine(parameters: data.content.configuration.configuration.engine)
        let prepared = engine.prepare(data.series)
        let profiles = Profile.allCases
        let options = data.content.configuration.options
        let parts = try ParallelRender.map(count: profiles.count + 1) { index -> EvaluationPart in
            guard index < profiles.count else {
                return .dataKey(InputFingerprint.series(data.series, configuration: options.config))
            }
            let run = engine.run(prepared, profile: profiles[index])
            return .run(run, RuleStatistics.all(records: run.records, range: data.published))
        }
        var runs: [Profile: ProfileRun] = [:]
        var statistics: [Profile: [RuleID: RuleStatistics]] = [:]
        var dataKey = ""
        for part in parts {
            switch part {
            case .run(let run, let rules):
                runs[run.profile] = run
                statistics[run.profile] = rules
            case .dataKey(let key): dataKey = key
            }
        }
        return Evaluation(data: data, runs: runs, ruleStatistics: statistics, dataKey: dataKey)
    }

    /// One job's result in ``evaluate(_:)``.
    private enum EvaluationPart: Sendable {
        /// A profile's run and its rule statistics over the published days.
        case run(ProfileRun, [RuleID: RuleStatistics])
        /// The data's key (`InputFingerprint.series`).
        case dataKey(String)
    }

    /// Decides what the build takes over from the previous one in the output folder (see
    /// `IncrementalPlan`), then opens the output accordingly: the published site updated in place
    /// under a plan, else a staging folder swapped in at the end.
    ///
    /// `--full` and a missing or foreign manifest make it a full build; so do changes to more
    /// than half of the briefings (see `reusedBriefings`).
    static func plan(_ evaluation: Evaluation) throws -> BuildPlan {
        let data = evaluation.data
        let options = data.content.configuration.options
        var incremental: IncrementalPlan?
        var reused: [Int: BuildManifest.Briefing] = [:]
        if !options.full {
            let output = URL(fileURLWithPath: options.output, isDirectory: true).standardizedFileURL
            try StagedOutput.recover(output: output)
            incremental = IncrementalPlan.make(
                previous: BuildManifest.load(from: output), globalKey: data.content.globalKey,
                briefingKey: data.content.briefingKey, series: data.series, published: data.published,
                configuration: options.config)
        }
        if let plan = incremental {
            if let entries = try reusedBriefings(plan: plan, writer: briefingWriter(evaluation), data: data) {
                reused = entries
            } else {
                incremental = nil
            }
        }
        var manifest = BuildManifest()
        manifest.globalKey = data.content.globalKey
        manifest.briefingKey = data.content.briefingKey
        manifest.dataKey = evaluation.dataKey
        manifest.lastDate = data.published.last.map { data.series.days[$0].date }
        let output: any SiteOutput =
            incremental == nil ? try StagedOutput(output: options.output) : try InPlaceOutput(output: options.output)
        return BuildPlan(
            draft: SiteDraft(evaluation: evaluation, incremental: incremental, output: output, manifest: manifest),
            reusedBriefings: reused)
    }
}
