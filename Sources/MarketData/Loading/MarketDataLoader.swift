/// Loads the input files of a data folder into a validated, aligned ``MarketSeries``.
///
/// Every file is read and checked before anything is decided, so one run reports every problem in
/// every file. Use ``load()`` for a folder on disk, or ``load(contents:lenient:)`` to parse texts
/// held in memory (tests, benchmarks, generated samples).
public struct MarketDataLoader: Sendable {
    /// The folder holding `spx.csv`, `vix.csv` and the optional files.
    public var directory: String
    /// When true, rows with problems are skipped with a warning instead of stopping the run.
    /// Structural problems (missing file, empty file, header, date order) still stop it.
    public var lenient: Bool

    /// Creates a loader for a data folder.
    public init(directory: String, lenient: Bool = false) {
        self.directory = directory
        self.lenient = lenient
    }

    /// Parses the input files from their texts, keyed by file name (`"spx.csv"`, `"vix.csv"`, ...).
    ///
    /// Keys that are not input file names are ignored.
    /// - Returns: The series with its warnings, notes and sources.
    /// - Throws: ``DataValidationError`` with every problem found when any of them is an error.
    /// - Complexity: O(n log n) in the total number of rows.
    public static func load(contents: [String: String], lenient: Bool = false) throws -> LoadedMarketData {
        var inputs: [MarketDataFile: FileInput] = [:]
        for file in MarketDataFile.allCases {
            if let text = contents[file.fileName] { inputs[file] = .text(text) }
        }
        let chain = contents[OptionChainReader.fileName].map { FileInput.text($0) }
        return try assemble(inputs: inputs, chain: chain, lenient: lenient)
    }

    /// Validates and aligns the inputs.
    ///
    /// - Parameters:
    ///   - inputs: Each file supplied, as text or as a path to stream.
    ///   - chain: `chain.csv`, when supplied (read and validated by ``OptionChainReader``).
    static func assemble(
        inputs: [MarketDataFile: FileInput], chain: FileInput?, lenient: Bool
    ) throws -> LoadedMarketData {
        var run = LoadRun(inputs: inputs, lenient: lenient)
        let parsed = ParsedFiles(inputs: inputs, lenient: lenient)
        let spx = run.take(parsed.spx, from: PriceFileReader.spx)
        let vix = run.take(parsed.vix, from: PriceFileReader.vix)
        let breadth = run.take(parsed.breadth, from: BreadthFileReader.reader)
        let rates = run.take(parsed.rates, from: RatesFileReader.reader)
        let events = run.take(parsed.events, from: EventsFileReader.reader)
        let futures = run.take(parsed.futures, from: VIXFuturesFileReader.reader)
        if let spx { run.add(PlausibilityChecks.spxMoves(in: spx)) }
        if let vix { run.add(PlausibilityChecks.vixRange(in: vix)) }
        let chain = chain.flatMap { run.readChain($0, reader: OptionChainReader(maximumDays: OptionChainReader.keptDays)) }

        var issues = run.orderedIssues()
        guard !issues.contains(where: \.isError), let spx, let vix else {
            throw DataValidationError(issues: issues)
        }
        let inputs = SeriesAligner.Inputs(
            spx: spx.rows, vix: vix.rows, breadth: breadth?.rows, rates: rates?.rows,
            vixFutures: futures?.rows, events: events?.rows)
        let (series, alignmentNotes) = SeriesAligner.align(inputs)
        if series.days.isEmpty {
            issues.append(noCommonDates(spx: spx.rows, vix: vix.rows))
            throw DataValidationError(issues: issues)
        }
        var notes = run.notes + alignmentNotes.map { DataNote($0) }
        var kept: OptionChain?
        if let chain {
            let (checked, dateIssues) = OptionChainReader.matchingSessions(chain, of: series, lenient: lenient)
            issues += dateIssues
            if dateIssues.contains(where: \.isError) { throw DataValidationError(issues: issues) }
            notes.append(DataNote(OptionChainReader.summary(of: checked)))
            kept = checked
        }
        return LoadedMarketData(
            series: series, warnings: issues, notes: notes, sources: run.sources, chain: kept)
    }

    /// The error for two price files that share no date.
    private static func noCommonDates(spx: [DatedRow<Double>], vix: [DatedRow<Double>]) -> DataIssue {
        func span(_ rows: [DatedRow<Double>]) -> String {
            guard let first = rows.first, let last = rows.last else { return "no rows" }
            return "\(first.date) to \(last.date)"
        }
        return DataIssue(
            file: MarketDataFile.vix.fileName, line: nil,
            message: "expected dates in common with spx.csv, found none "
                + "(spx.csv covers \(span(spx)), vix.csv covers \(span(vix)))")
    }
}
