import Dispatch

/// The dated files of a load, each read by a job of its own on every core.
///
/// Reading a file touches nothing but its own input, so the files are read at the same time; the
/// bookkeeping (issues, notes, sources) then takes them in file order (``LoadRun/take(_:from:)``),
/// so a load reports exactly what reading them one after another reported.
struct ParsedFiles {
    let spx: DatedFile<Double>?
    let vix: DatedFile<Double>?
    let breadth: DatedFile<BreadthCounts>?
    let rates: DatedFile<Double>?
    let events: DatedFile<(name: String, kind: EventKind)>?
    let futures: DatedFile<VIXFuturesQuote>?

    /// Reads every supplied file among `inputs` (see ``LoadRun/parse(_:from:lenient:)``).
    init(inputs: [MarketDataFile: FileInput], lenient: Bool) {
        let spx = Slot<DatedFile<Double>>()
        let vix = Slot<DatedFile<Double>>()
        let breadth = Slot<DatedFile<BreadthCounts>>()
        let rates = Slot<DatedFile<Double>>()
        let events = Slot<DatedFile<(name: String, kind: EventKind)>>()
        let futures = Slot<DatedFile<VIXFuturesQuote>>()
        // The largest files first, so the short ones fill in behind them.
        let jobs: [@Sendable () -> Void] = [
            { spx.value = LoadRun.parse(PriceFileReader.spx, from: inputs, lenient: lenient) },
            { vix.value = LoadRun.parse(PriceFileReader.vix, from: inputs, lenient: lenient) },
            { breadth.value = LoadRun.parse(BreadthFileReader.reader, from: inputs, lenient: lenient) },
            { rates.value = LoadRun.parse(RatesFileReader.reader, from: inputs, lenient: lenient) },
            { futures.value = LoadRun.parse(VIXFuturesFileReader.reader, from: inputs, lenient: lenient) },
            { events.value = LoadRun.parse(EventsFileReader.reader, from: inputs, lenient: lenient) },
        ]
        DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0]() }
        self.spx = spx.value
        self.vix = vix.value
        self.breadth = breadth.value
        self.rates = rates.value
        self.events = events.value
        self.futures = futures.value
    }
}

/// A result written by exactly one job and read after every job has finished
/// (`concurrentPerform` returns only then, which orders the write before the read).
private final class Slot<Value: Sendable>: @unchecked Sendable {
    var value: Value?
}
