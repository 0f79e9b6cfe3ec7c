/// Aligns the validated input files into trading days.
///
/// A trading day is a date with both an SPX close and a VIX close; SPX closes before the first VIX
/// close are kept apart as warm-up closes (``MarketSeries/spxWarmUp``). Breadth and rates are carried
/// forward over the trading days they miss (and stay nil before their first row); VIX futures are
/// used only on the dates they have. Every gap filled or left is counted in a note, never silently.
enum SeriesAligner {
    /// The optional inputs, already validated; nil when a file was not supplied.
    struct Inputs {
        var spx: [DatedRow<Double>]
        var vix: [DatedRow<Double>]
        var breadth: [DatedRow<BreadthCounts>]?
        var rates: [DatedRow<Double>]?
        var vixFutures: [DatedRow<VIXFuturesQuote>]?
        var events: [DatedRow<(name: String, kind: EventKind)>]?
    }

    /// Builds the series and the notes describing how it was put together.
    /// - Complexity: O(n log n) in the number of rows (events are sorted), O(n) otherwise.
    static func align(_ inputs: Inputs) -> (series: MarketSeries, notes: [String]) {
        var notes: [String] = []
        let vixByDate = Dictionary(inputs.vix.map { ($0.date, $0.value) }, uniquingKeysWith: { first, _ in first })
        let spxDates = Set(inputs.spx.map(\.date))
        var days = inputs.spx.compactMap { row in
            vixByDate[row.date].map { TradingDay(date: row.date, spx: row.value, vix: $0) }
        }
        let firstVIX = inputs.vix.first?.date
        let warmUp = inputs.spx.prefix { row in firstVIX.map { row.date < $0 } ?? false }
            .map { DatedClose(date: $0.date, close: $0.value) }
        notes += unmatchedNotes(
            file: .spx, dates: inputs.spx.map(\.date).filter { vixByDate[$0] == nil }, other: "VIX",
            otherFile: .vix, otherStart: firstVIX)
        notes += unmatchedNotes(
            file: .vix, dates: inputs.vix.map(\.date).filter { !spxDates.contains($0) }, other: "SPX",
            otherFile: .spx, otherStart: nil)
        let dates = days.map(\.date)

        if let breadth = inputs.breadth {
            let (values, breadthNotes) = carryForward(breadth, onto: dates, file: .breadth)
            let sources = carriedFrom(breadth, onto: dates)
            for (index, value) in values.enumerated() {
                days[index].advances = value?.advances
                days[index].declines = value?.declines
                days[index].breadthCarriedFrom = sources[index]
            }
            notes += breadthNotes
        }
        if let rates = inputs.rates {
            let (values, rateNotes) = carryForward(rates, onto: dates, file: .rates)
            let sources = carriedFrom(rates, onto: dates)
            for (index, value) in values.enumerated() {
                days[index].ratePercent = value
                days[index].rateCarriedFrom = sources[index]
            }
            notes += rateNotes
        }
        if let futures = inputs.vixFutures {
            let quotes = Dictionary(futures.map { ($0.date, $0.value) }, uniquingKeysWith: { first, _ in first })
            var missing: [CalendarDate] = []
            for index in days.indices {
                guard let quote = quotes[days[index].date] else {
                    missing.append(days[index].date)
                    continue
                }
                days[index].vx1 = quote.vx1
                days[index].vx2 = quote.vx2
            }
            if let first = missing.first {
                notes.append("\(MarketDataFile.vixFutures.fileName): \(count(missing.count)) no VX1 quote (first \(first))")
            }
        }
        let events = (inputs.events ?? [])
            .map { MarketEvent(date: $0.date, name: $0.value.name, kind: $0.value.kind) }
            .sorted { ($0.date, $0.name, $0.kind.rawValue) < ($1.date, $1.name, $1.kind.rawValue) }
        var coverage: [MarketDataFile: InputCoverage] = [:]
        coverage[.breadth] = inputs.breadth.map { InputCoverage(dates: $0.map(\.date)) }
        coverage[.rates] = inputs.rates.map { InputCoverage(dates: $0.map(\.date)) }
        coverage[.vixFutures] = inputs.vixFutures.map { InputCoverage(dates: $0.map(\.date)) }
        coverage[.events] = inputs.events.map { InputCoverage(dates: $0.map(\.date)) }
        return (MarketSeries(days: days, events: events, spxWarmUp: warmUp, coverage: coverage), notes)
    }

    /// For each date, the date of the earlier row its value is carried forward from (nil when the
    /// date has its own row or no value).
    static func carriedFrom<Value>(_ rows: [DatedRow<Value>], onto dates: [CalendarDate]) -> [CalendarDate?] {
        let sources = rows.map { DatedRow(line: $0.line, date: $0.date, value: $0.date) }
        // Carrying each row's own date forward gives the source date; the notes are not needed.
        return zip(carryForward(sources, onto: dates, file: .rates).values, dates).map { source, date in
            source.flatMap { $0 == date ? nil : $0 }
        }
    }

    /// The value in force on each date: the row of that date, else the latest earlier row, else nil.
    ///
    /// Returns the notes counting the trading days filled from an earlier row and those before
    /// the file's first row.
    static func carryForward<Value>(
        _ rows: [DatedRow<Value>], onto dates: [CalendarDate], file: MarketDataFile
    ) -> (values: [Value?], notes: [String]) {
        var values: [Value?] = []
        values.reserveCapacity(dates.count)
        var next = 0
        var current: DatedRow<Value>?
        var carried: [CalendarDate] = []
        var before: [CalendarDate] = []
        for date in dates {
            while next < rows.count, rows[next].date <= date {
                current = rows[next]
                next += 1
            }
            guard let current else {
                before.append(date)
                values.append(nil)
                continue
            }
            if current.date != date { carried.append(date) }
            values.append(current.value)
        }
        var notes: [String] = []
        if let first = before.first, let firstRow = rows.first {
            notes.append(
                "\(file.fileName): \(count(before.count)) no value before its first row on \(firstRow.date) "
                    + "(first \(first))")
        }
        if let first = carried.first {
            let days = carried.count == 1 ? "1 trading day" : "\(carried.count) trading days"
            notes.append("\(file.fileName): \(days) carried forward from the previous value (first \(first))")
        }
        return (values, notes)
    }

    /// The notes on the rows of one price file that the other has no close for, one line per reason.
    ///
    /// SPX rows before the first VIX close (`otherStart`) get their own line: they are not trading
    /// days but warm up the SPX-only indicators. The others are named with the first of them.
    private static func unmatchedNotes(
        file: MarketDataFile, dates: [CalendarDate], other: String, otherFile: MarketDataFile,
        otherStart: CalendarDate?
    ) -> [String] {
        let before = otherStart.map { start in dates.prefix { $0 < start } } ?? []
        let rest = dates.dropFirst(before.count)
        var notes: [String] = []
        if let first = before.first, let last = before.last {
            notes.append(
                "\(file.fileName): \(Counting.phrase(before.count, "row", "rows")) before the first \(other) close "
                    + "(\(first) to \(last)) \(before.count == 1 ? "warms" : "warm") up SPX-only indicators")
        }
        if let first = rest.first {
            notes.append(
                "\(file.fileName): \(Counting.phrase(rest.count, "row", "rows")) with no \(other) close in "
                    + "\(otherFile.fileName), \(rest.count == 1 ? "not a trading day" : "not trading days") (first \(first))")
        }
        return notes
    }

    /// `1 trading day has` or `N trading days have`.
    private static func count(_ number: Int) -> String {
        number == 1 ? "1 trading day has" : "\(number) trading days have"
    }
}
