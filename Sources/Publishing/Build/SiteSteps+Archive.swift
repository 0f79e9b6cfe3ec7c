import Archive
import Charts
import Foundation
import MarketData
import OutputStore
import Strategy

extension SiteSteps {
    /// Writes the archive (SQLite, CSV, JSON, column reference), the archive pages and the
    /// statistics page, unless "render briefings" wrote them all in its pool (a full build).
    ///
    /// When the plan says only sessions were appended, the three archive files are extended in
    /// place instead: the SQLite file is copied and the new rows appended (it then has the bytes
    /// of a full write, see `OutcomeArchive.append`), and the new lines are appended to the CSV
    /// and the JSON. Every page is rendered and replaces its file only if its bytes changed.
    static func writeArchive(_ pages: RenderedPages) throws -> WrittenArchive {
        let draft = pages.draft
        guard !pages.archiveWritten else { return WrittenArchive(draft: draft) }
        let data = draft.evaluation.data
        let output = draft.output
        let runs = publishedRuns(draft)
        let info = archiveInfo(draft)
        var jobs: [@Sendable () throws -> Void] = []
        if let after = draft.incremental?.archiveAppendsAfter, try appendArchive(runs, after: after, info: info, to: output)
        {
            // Extended in place.
        } else {
            jobs = wholeArchiveJobs(runs, info: info, to: output)
        }
        // After an append, the year pages before the previous last session's year are unchanged.
        let firstYear = draft.incremental.flatMap { $0.sameSiteInputs ? $0.archiveAppendsAfter?.year : nil }
        if let firstYear {
            let years = Set(data.published.map { data.series.days[$0].date.year })
            for year in years where year < firstYear { output.keep(ArchivePages.yearPath(year)) }
        }
        let all = jobs + archivePageJobs(draft, fromYear: firstYear)
        _ = try ParallelRender.map(count: all.count) { try all[$0]() }
        return WrittenArchive(draft: draft)
    }

    /// Every job that writes the archive whole, longest first: its data files, then its pages
    /// and the statistics page (independent of each other and of the briefings).
    static func wholeArchiveJobs(_ draft: SiteDraft) -> [@Sendable () throws -> Void] {
        wholeArchiveJobs(publishedRuns(draft), info: archiveInfo(draft), to: draft.output)
            + archivePageJobs(draft, fromYear: nil)
    }

    /// The jobs that write the statistics page, the archive's index, its year pages from
    /// `fromYear` on (all when nil) and its column reference.
    private static func archivePageJobs(_ draft: SiteDraft, fromYear firstYear: Int?) -> [@Sendable () throws -> Void]
    {
        let evaluation = draft.evaluation
        let data = evaluation.data
        let output = draft.output
        let published = data.published
        let configuration = data.content.configuration
        let renderer = PageRenderer(templates: data.content.templates, site: configuration.site)
        var jobs: [@Sendable () throws -> Void] = []
        if data.series.chain != nil {
            jobs.append {
                let comparison = ModelComparison(
                    series: data.series.clipped(
                        from: data.series.days[published.lowerBound].date,
                        to: data.series.days[published.upperBound - 1].date),
                    parameters: configuration.configuration.model)
                let html = try ModelVersusMarketPage(
                    renderer: renderer, comparison: comparison, model: configuration.configuration.model
                ).html()
                try output.write(html, to: ModelVersusMarketPage.path)
            }
        }
        return jobs + [
            {
                let html = try StatsPage(
                    renderer: renderer, runs: evaluation.runs, days: data.series.days, published: published,
                    configuration: configuration.configuration, ruleStatistics: evaluation.ruleStatistics,
                    linksModelVersusMarket: data.series.chain != nil
                ).html()
                try output.write(html, to: "stats/index.html")
            },
            {
                let files = try ArchivePages(
                    renderer: renderer, runs: evaluation.runs, days: data.series.days, published: published,
                    configuration: configuration.configuration
                ).files(from: firstYear)
                for file in files { try output.write(file.contents, to: file.path) }
            },
            {
                let columns = try ContentRenderer(linker: nil).render(
                    ArchiveColumnsPage.markdown(), file: "archive columns", root: "../../")
                let html = try renderer.page(
                    template: "archive-columns", path: "archive/columns/index.html", title: "Archive columns",
                    description: "What each column of outcomes.csv, outcomes.json and outcomes.sqlite holds.",
                    root: "../../", body: columns.html)
                try output.write(html, to: "archive/columns/index.html")
            },
        ]
    }

    /// The profiles' runs over the published sessions, as the archive stores them.
    private static func publishedRuns(_ draft: SiteDraft) -> [ProfileRun] {
        let evaluation = draft.evaluation
        let published = evaluation.data.published
        let firstDate = evaluation.data.series.days[published.lowerBound].date
        return Profile.allCases.compactMap { evaluation.runs[$0] }.map { run in
            ProfileRun(
                profile: run.profile, records: Array(run.records[published]),
                trades: run.trades.filter { $0.closeDate >= firstDate }, metrics: run.metrics)
        }
    }

    /// The archive's build record: the tool version and the data's key.
    private static func archiveInfo(_ draft: SiteDraft) -> BuildInfo {
        BuildInfo(toolVersion: CondorPressVersion.current, inputHash: draft.evaluation.dataKey)
    }

    /// The two independent jobs that write the archive's data files whole: the SQLite file, and
    /// the rows with the CSV and the JSON (the SQLite file takes about as long as the other two).
    private static func wholeArchiveJobs(_ runs: [ProfileRun], info: BuildInfo, to output: any SiteOutput)
        -> [@Sendable () throws -> Void]
    {
        [
            {
                let database = try output.url(for: ArchiveExport.sqlitePath).path
                do {
                    let archive = try OutcomeArchive.create(at: database, durable: false)
                    try archive.write(runs, info: info, schema: .worded)
                    try archive.close()
                } catch {
                    throw PublishingError(file: ArchiveExport.sqlitePath, message: String(describing: error))
                }
            },
            {
                let rows = outcomeRows(runs)
                try output.write(ArchiveExport.csvBytes(rows), to: ArchiveExport.csvPath)
                try output.write(ArchiveExport.jsonBytes(rows), to: ArchiveExport.jsonPath)
            },
        ]
    }

    /// Appends the sessions after `after` to the published archive files; false when a published
    /// file is missing, damaged or does not end as the writer ends it (the caller then writes all
    /// three anew, which replaces whatever this staged).
    private static func appendArchive(
        _ runs: [ProfileRun], after: CalendarDate, info: BuildInfo, to output: any SiteOutput
    ) throws -> Bool {
        let tails = runs.map { run in
            ProfileRun(
                profile: run.profile, records: run.records.filter { $0.date > after }, trades: [], metrics: run.metrics)
        }
        let rows = outcomeRows(tails)
        if rows.isEmpty {
            output.keep(ArchiveExport.sqlitePath)
        } else {
            guard let copy = try output.copyOfPublished(ArchiveExport.sqlitePath) else { return false }
            do {
                let archive = try OutcomeArchive.open(at: copy.path, durable: false)
                let lastDate = try archive.buildInfo().lastDate
                if lastDate == after { try archive.appendNewDays(from: runs, info: info, schema: .worded) }
                try archive.close()
                guard lastDate == after else { return false }
            } catch {
                // A published archive that cannot be extended (damaged, or replaced by hand) is
                // written anew, like the exports.
                return false
            }
        }
        return output.append(Data(ArchiveExport.csvLines(rows).utf8), to: ArchiveExport.csvPath, replacingTail: Data())
            && output.append(
                Data(ArchiveExport.jsonContinuation(rows).utf8), to: ArchiveExport.jsonPath,
                replacingTail: Data(ArchiveExport.jsonEnd.utf8))
    }

    /// The archive rows of `runs` in the archive's order: by date, then profile.
    static func outcomeRows(_ runs: [ProfileRun]) -> [ArchiveRow] {
        var rows: [ArchiveRow] = []
        let days = runs.first?.records.count ?? 0
        rows.reserveCapacity(days * runs.count)
        for offset in 0..<days {
            for run in runs where offset < run.records.count {
                rows.append(ArchiveRow(day: run.records[offset], schema: .worded))
            }
        }
        return rows
    }

    /// Writes the manifest, marks the previous build's files this build no longer produces for
    /// removal, and publishes: swaps the staging folder in, or applies the in-place update.
    ///
    /// A full build over a published site keeps the files CondorPress did not publish (added to
    /// the output by hand) and warns about them, naming the static folder they belong in; it
    /// refuses to replace one with a page of its own.
    static func publish(_ site: CompleteSite) throws -> PublishedSite {
        var draft = site.draft
        let output = draft.output
        let options = draft.evaluation.data.content.configuration.options
        let briefingFiles = Set(draft.manifest.briefings.keys.flatMap(BuildManifest.briefingPaths))
        draft.manifest.files = output.producedPaths.filter { !briefingFiles.contains($0) && $0 != BuildManifest.path }
            .sorted()
        if let plan = draft.incremental {
            let files = Set(draft.manifest.files)
            for path in plan.previous.files where !files.contains(path) { output.remove(path) }
            for date in plan.previous.briefings.keys where draft.manifest.briefings[date] == nil {
                BuildManifest.briefingPaths(date).forEach(output.remove)
            }
        }
        try output.write(draft.manifest.encoded(), to: BuildManifest.path)
        var warnings: [String] = []
        if output.replacesWholeSite, let previous = BuildManifest.load(from: output.output) {
            let handmade = UnpublishedFiles.list(in: output.output, previous: previous)
            let staticFolder = options.content + "/" + StaticFiles.folderName + "/"
            let produced = output.producedPaths
            let replaced = handmade.filter(produced.contains)
            guard replaced.isEmpty else {
                throw UnpublishedFiles.collision(replaced, output: options.output, staticFolder: staticFolder)
            }
            try output.carryOver(handmade)
            if let warning = UnpublishedFiles.warning(handmade, output: options.output, staticFolder: staticFolder) {
                warnings.append(warning)
            }
        }
        try output.commit()
        return PublishedSite(draft: draft, changedFiles: output.changedFiles, warnings: warnings)
    }
}
