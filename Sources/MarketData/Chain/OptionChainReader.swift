/// Reads `chain.csv`: end-of-day option quotes, one row per option, streamed row by row.
///
/// Every row is validated (dates, type, strike, bid ≤ ask, the optional implied volatility,
/// underlying price and delta) and a bad one is reported with its line and column, or skipped with
/// a warning under `--lenient`. Only what the engine can use is kept: quotes whose expiration is at
/// most ``maximumDays`` calendar days after their quote date, in ``OptionQuote``'s compact form,
/// so a year of a full SPX chain fits in bounded memory.
struct OptionChainReader {
    /// The file's name in the data folder.
    static let fileName = "chain.csv"
    /// The farthest expiration kept, in calendar days after the quote date (nil keeps every quote).
    var maximumDays: Int?

    /// The farthest expiration the loader keeps: far beyond any `targetDTE` the configuration
    /// accepts, well short of the LEAPS a full chain lists.
    static let keptDays = 180

    /// The chain with only the quote dates that are trading days of `series`; each other date is an
    /// error naming its first line (a warning, and the date dropped, when `lenient`).
    static func matchingSessions(
        _ chain: OptionChain, of series: MarketSeries, lenient: Bool
    ) -> (OptionChain, [DataIssue]) {
        let sessions = Set(series.days.map(\.date))
        let span = "\(series.days.first?.date.iso ?? "") to \(series.days.last?.date.iso ?? "")"
        var issues = IssueCap()
        var kept: [ChainDay] = []
        for day in chain.days {
            if sessions.contains(day.date) {
                kept.append(day)
                continue
            }
            let outside = series.days.first.map { day.date < $0.date } ?? true || series.days.last.map { day.date > $0.date } ?? true
            let reason = outside ? "outside the SPX and VIX history (\(span))" : "not a trading day of spx.csv and vix.csv"
            var issue = DataIssue(
                file: fileName, line: day.line, column: "quotedate",
                message: "expected quote dates on trading days, found \(day.date.iso), \(reason)")
            if lenient {
                issue.severity = .warning
                issue.message += "; its \(Counting.phrase(day.quotes.count, "quote", "quotes")) skipped"
            }
            issues.add(issue)
        }
        return (OptionChain(days: kept), issues.kept + issues.summaries(file: fileName))
    }

    /// The note saying what was read and how it is used.
    static func summary(of chain: OptionChain) -> String {
        guard let first = chain.days.first, let last = chain.days.last else {
            return "\(fileName): no quotes kept"
        }
        return "\(fileName): \(Counting.phrase(chain.quoteCount, "quote", "quotes")) on "
            + "\(Counting.phrase(chain.days.count, "trading day", "trading days")) (\(first.date.iso) to \(last.date.iso)) "
            + "read and checked; on these days the condors are chosen and marked from the quotes where they are quoted"
    }

    /// What reading the file gave.
    struct Result {
        /// The quotes kept, by quote date.
        var chain = OptionChain(days: [])
        /// Errors (or, when lenient, warnings), at most ``IssueCap/limit`` of each kept.
        var issues: [DataIssue] = []
        /// Notes: ignored columns, what was kept and what was not.
        var notes: [String] = []
        /// Data rows read.
        var rowCount = 0
        /// Rows with errors (refused) or skipped (lenient).
        var rowsWithErrors = 0
        var rowsSkipped = 0
        /// Errors and warnings counted but not kept.
        var droppedErrors = 0
        var droppedWarnings = 0
    }

    /// Reads every row of `stream`.
    func read(_ stream: CSVRowStream, lenient: Bool) -> Result {
        var result = Result()
        let name = Self.fileName
        guard let headerRow = stream.next() else {
            result.issues.append(stream.missingHeaderIssue(file: name))
            return result
        }
        let (resolved, headerIssues) = ResolvedHeader.resolve(
            headerRow, layouts: ColumnLayout.chain, file: name, normalize: Self.normalize)
        guard let header = resolved else {
            let cap = IssueCap.capping(headerIssues)
            result.issues = cap.kept
            result.droppedErrors = cap.droppedErrors
            return result
        }
        if let note = header.ignoredColumnsNote(file: name) { result.notes.append(note) }
        var rowIssues = IssueCap()
        var days: [Int: PendingDay] = [:]
        var beyond = 0
        while let row = stream.next() {
            result.rowCount += 1
            var reader = RowReader(row: row, header: header, file: name)
            var parsed: (date: CalendarDate, quote: OptionQuote, underlying: Double?)?
            if row.fields.count == header.fieldCount {
                parsed = Self.parse(&reader)
            } else {
                reader.reportRow("expected \(header.fieldCount) fields as in the header, found \(row.fields.count)")
            }
            guard let (date, quote, underlying) = parsed, reader.problems.isEmpty else {
                if lenient {
                    result.rowsSkipped += 1
                    for problem in reader.problems { rowIssues.add(problem.skippedRowWarning) }
                } else {
                    result.rowsWithErrors += 1
                    for problem in reader.problems { rowIssues.add(problem) }
                }
                continue
            }
            if let maximumDays, quote.expiration - date > maximumDays {
                beyond += 1
                continue
            }
            days[date.daysSinceEpoch, default: PendingDay(line: row.line)].add(quote, underlying: underlying)
        }
        if let stop = stream.stop { rowIssues.add(stop.issue(file: name)) }
        if result.rowCount == 0 && stream.stop == nil { rowIssues.add(.noDataRows(file: name, headerLine: headerRow.line)) }
        result.issues = rowIssues.kept
        result.issues.sortByLine()
        result.droppedErrors = rowIssues.droppedErrors
        result.droppedWarnings = rowIssues.droppedWarnings
        result.chain = OptionChain(
            days: days.map { day, pending in
                ChainDay(
                    date: CalendarDate(daysSinceEpoch: day), underlying: pending.underlying, quotes: pending.quotes,
                    line: pending.line)
            })
        if beyond > 0, let maximumDays {
            result.notes.append(
                "\(name): \(Counting.phrase(beyond, "quote", "quotes")) expiring more than \(maximumDays) days "
                    + "after their quote date not kept")
        }
        return result
    }

    /// The quotes of one quote date while the file is read.
    private struct PendingDay {
        /// The line of the date's first row.
        let line: Int
        /// The first underlying price the file gives for the date.
        var underlying: Double?
        var quotes: [OptionQuote] = []

        init(line: Int) { self.line = line }

        /// Adds a quote, and the underlying price when the date has none yet.
        mutating func add(_ quote: OptionQuote, underlying price: Double?) {
            quotes.append(quote)
            if underlying == nil { underlying = price }
        }
    }

    /// Reads one row's fields; nil when a required field is unusable (its problem recorded).
    static func parse(_ reader: inout RowReader) -> (CalendarDate, OptionQuote, Double?)? {
        let date = reader.date(.quoteDate)
        let expiration = reader.date(.expiration)
        if let date, let expiration, expiration < date {
            reader.report(.expiration, "expected an expiration on or after the quote date \(date.iso), found \(expiration.iso)")
        }
        let typeText = reader.text(.optionType) ?? ""
        let right: OptionRight?
        switch typeText.lowercased() {
        case "call", "c": right = .call
        case "put", "p": right = .put
        default:
            reader.report(.optionType, "expected call, put, C or P, found \(RowReader.quoted(typeText))")
            right = nil
        }
        let strike = reader.number(.strike, within: .strike)
        let bid = reader.number(.bid, within: .optionPrice)
        let ask = reader.number(.ask, within: .optionPrice)
        if case .value(let bidValue) = bid, case .value(let askValue) = ask, bidValue > askValue {
            reader.report(
                .bid, "expected a bid no higher than the ask (\(Self.plain(askValue))), found \(Self.plain(bidValue))")
        }
        let volatility = reader.number(.impliedVolatility, within: .impliedVolatility, allowMissing: true)
        let underlying = reader.number(.underlyingLast, within: .spxPrice, allowMissing: true)
        let delta = reader.number(.delta, within: .delta, allowMissing: true)
        guard let date, let expiration, let right, case .value(let strikeValue) = strike,
            case .value(let bidValue) = bid, case .value(let askValue) = ask
        else { return nil }
        let quote = OptionQuote(
            expiration: expiration, right: right, strike: strikeValue, bid: bidValue, ask: askValue,
            impliedVolatility: volatility.value, delta: delta.value)
        return (date, quote, underlying.value)
    }

    /// A price as written back in a message: `12.5`, `3`.
    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A header field lowercased with everything but letters and digits removed, so that
    /// `Quote Date`, ` quote_date` and `[QUOTE_DATE]` all read `quotedate`.
    static func normalize(_ field: String) -> String {
        String(field.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
    }
}

extension RowReader.Field {
    /// The value, when the field holds a valid one.
    var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}

extension ValueBounds {
    /// An option strike: a cent up to one million index points.
    static let strike = ValueBounds(lower: 0.01, upper: 1_000_000, expected: "a strike from 0.01 to 1000000")
    /// An option's bid or ask: zero up to one million index points.
    static let optionPrice = ValueBounds(lower: 0, upper: 1_000_000, expected: "a price from 0 to 1000000")
    /// An implied volatility as a fraction (0.18 for 18 %).
    static let impliedVolatility = ValueBounds(
        lower: 0, upper: 10, expected: "an implied volatility as a fraction from 0 to 10 (0.18 for 18 %)")
    /// An option's delta.
    static let delta = ValueBounds(lower: -1, upper: 1, expected: "a delta from -1 to 1")
}
