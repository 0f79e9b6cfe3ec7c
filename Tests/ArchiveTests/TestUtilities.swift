import Foundation
import GRDB
import MarketData
import Testing

@testable import Archive
@testable import Strategy

/// A date from ISO text (tests only use valid literals; an invalid one shows up as 1970-01-01).
func day(_ iso: String) -> CalendarDate {
    CalendarDate(iso: iso) ?? CalendarDate(daysSinceEpoch: 0)
}

/// The first `count` NYSE sessions on or after `start`.
func sessions(_ count: Int, from start: CalendarDate = day("2024-01-02")) -> [CalendarDate] {
    var result: [CalendarDate] = []
    var date = NYSECalendar.sessionOnOrAfter(start)
    while result.count < count {
        result.append(date)
        date = NYSECalendar.nextSession(after: date)
    }
    return result
}

/// The folder holding every temporary file of this test process, removed when the process exits.
let temporaryRoot: URL = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("archive-tests-\(getpid())")
    atexit {
        try? FileManager.default.removeItem(
            at: FileManager.default.temporaryDirectory.appendingPathComponent("archive-tests-\(getpid())"))
    }
    return root
}()

/// A fresh path in a new temporary folder.
func temporaryPath(_ name: String = "outcomes.sqlite") -> String {
    let folder = temporaryRoot.appendingPathComponent(UUID().uuidString)
    return folder.appendingPathComponent(name).path
}

/// The bytes of a file (empty when unreadable, which then fails the comparison).
func bytes(_ path: String) -> Data {
    FileManager.default.contents(atPath: path) ?? Data()
}

/// A firing of `id` with the given inputs, whose sentence under ``testWording`` is `explanation`
/// (by default "<rule title> fired."): the text rides in the reason as the name of an `other` event.
func firing(_ id: RuleID, _ explanation: String = "", inputs: [RuleInput] = []) -> RuleFiring {
    let sentence = explanation.isEmpty ? "\(id.title) fired." : explanation
    let carrier = MarketEvent(date: day("2000-01-03"), name: sentence, kind: .other)
    return RuleFiring(
        id: id, inputs: inputs, reason: .eventWindow(events: [carrier], nextSession: day("2000-01-03"), band: 0))
}

/// A condor around `spot`: 100-point wings, shorts 200 points out, numbers with many decimals.
func makePosition(opened: CalendarDate, on date: CalendarDate, spot: Double, contracts: Double = 1.234567)
    -> PositionRecord
{
    let shortPut = (spot - 200).rounded()
    let shortCall = (spot + 200).rounded()
    let legs = [
        LegRecord(kind: .put, side: .long, strike: shortPut - 100, iv: 0.213456, price: 1.234567, delta: -0.061234),
        LegRecord(kind: .put, side: .short, strike: shortPut, iv: 0.191111, price: 3.456789, delta: -0.160049),
        LegRecord(kind: .call, side: .short, strike: shortCall, iv: 0.141414, price: 2.222222, delta: 0.159951),
        LegRecord(kind: .call, side: .long, strike: shortCall + 100, iv: 0.131313, price: 0.555555, delta: 0.050505),
    ]
    return PositionRecord(
        openDate: opened, expiration: opened.adding(days: 35), dte: 35 - (date - opened), contracts: contracts,
        layer: 0, legs: legs, credit: 3.888889, wingWidth: 100, maxLoss: 11_913.456,
        breakevens: [shortPut - 3.888889, shortCall + 3.888889],
        greeks: NetGreeks(delta: -1.234567, gamma: -0.00123456, vega: -45.678912, theta: 12.345678),
        invariant: 0.0123456789, initialInvariant: 0.013, erosion: 0.0503, band: 0.08, value: 2.5,
        unrealisedPnl: 171.234, distancePercent: 4.44444, distanceSigmas: 1.23456, costs: 5.3)
}

/// A hand-made day record; equity and rules are what most tests look at.
func makeDay(
    _ date: CalendarDate, _ profile: Profile, equity: Double = 100_000, spot: Double = 4_700, vix: Double = 15.5,
    layer: Int = 0, position: PositionRecord? = nil, firings: [RuleFiring] = [], hedges: [HedgeRecord] = [],
    events: [MarketEvent] = [], warmup: Bool = false
) -> DayRecord {
    DayRecord(
        date: date, profile: profile, spot: spot, vix: vix, layer: layer, position: position, firings: firings,
        cash: equity - (position?.unrealisedPnl ?? 0), equity: equity, hedgeValue: 0, totalCosts: 12.345,
        hedges: hedges,
        signals: SignalRecord(
            macd: warmup ? nil : 0.123456, macdSignal: warmup ? nil : -0.00004, rsi: warmup ? nil : 48.123456,
            adLine: nil, realisedVol: warmup ? nil : 0.1234567, breadthDivergent: warmup ? nil : false,
            upcomingEvents: events),
        warmup: warmup)
}

/// A hedge record bought on `opened`.
func makeHedge(opened: CalendarDate, status: HedgeStatus = .open) -> HedgeRecord {
    HedgeRecord(
        layer: 1, status: status, openDate: opened, expiration: opened.adding(days: 30), longStrike: 20,
        shortStrike: 30, contracts: 2.345678, premium: 1.234567, forward: 19.87654, price: 1.5, value: 351.85,
        costs: 3.05)
}

/// A closed trade.
func makeTrade(opened: CalendarDate, closed: CalendarDate, reason: RuleID = .profitTarget, pnl: Double = 123.456)
    -> TradeRecord
{
    TradeRecord(
        openDate: opened, closeDate: closed, expiration: opened.adding(days: 35), reason: reason, layer: 0,
        contracts: 1.234567, shortPut: 4500, shortCall: 4900, longPut: 4400, longCall: 5000, credit: 3.888889,
        closingCost: 1.9, margin: 11_913.456, pnl: pnl, costs: 10.6, daysHeld: 14)
}

/// Text that breaks naive CSV, JSON or HTML writers.
let hostileText = "He said \"stop\", then, well,\nleft <script>alert('x')</script> & a tab\there\r\n\\ done"

/// Deterministic runs for every profile over `count` sessions: positions, firings (some hostile),
/// hedges on some days, trades, events, a warm-up at the start.
func makeRuns(sessions count: Int, from start: CalendarDate = day("2024-01-02")) -> [ArchiveRun] {
    let dates = sessions(count, from: start)
    return Profile.allCases.enumerated().map { profileIndex, profile in
        var days: [DayRecord] = []
        var trades: [TradeRecord] = []
        var opened = dates[0]
        for (index, date) in dates.enumerated() {
            let warmup = index < 3
            let spot = 4_700 + Double(index % 17) * 3.14159 - Double(profileIndex)
            var firings: [RuleFiring] = []
            if !warmup && (index - 3) % 10 == 0 {
                opened = date
                firings.append(firing(.entry, inputs: [RuleInput("credit", 3.888889), RuleInput("tiny", 1e-9)]))
                firings.append(firing(.capitalAllocation))
            }
            if index % 7 == 5 { firings.append(firing(.eventWindow, index % 14 == 5 ? hostileText : "")) }
            let closes = !warmup && (index - 3) % 10 == 9
            if closes {
                firings.append(firing(.profitTarget))
                trades.append(makeTrade(opened: opened, closed: date))
            }
            let position = warmup || closes ? nil : makePosition(opened: opened, on: date, spot: spot)
            let hedges =
                profile == .steward && index % 4 == 0 ? [makeHedge(opened: date), makeHedge(opened: opened)] : []
            let events =
                index % 5 == 0 ? [MarketEvent(date: date.adding(days: 2), name: "FOMC, \"day\" 2", kind: .fomc)] : []
            days.append(
                makeDay(
                    date, profile, equity: 100_000 + Double(index) * 10.125 - Double(profileIndex) * 0.005,
                    spot: spot, position: position, firings: firings, hedges: hedges, events: events, warmup: warmup))
        }
        return ArchiveRun(profile: profile, days: days, trades: trades)
    }
}

/// The build information the tests write.
let testInfo = BuildInfo(toolVersion: "0.1.0-test", inputHash: "abc123")

/// A minimal RFC 4180 reader: plain fields, quoted fields with doubled quotes and line breaks.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
        if inQuotes {
            if scalar == "\"" {
                if scalars.first == "\"" {
                    field.unicodeScalars.append("\"")
                    scalars.removeFirst()
                } else {
                    inQuotes = false
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
        } else if scalar == "\"" {
            inQuotes = true
        } else if scalar == "," {
            row.append(field)
            field = ""
        } else if scalar == "\n" {
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        } else {
            field.unicodeScalars.append(scalar)
        }
    }
    if !field.isEmpty || !row.isEmpty {
        row.append(field)
        rows.append(row)
    }
    return rows
}

/// A `day_outcome` row rebuilt from export texts (nil for NULL), typed by each column's schema type.
func outcomeRow(fromTexts texts: [String: String?]) throws -> ArchiveRow {
    let values: [FieldValue] = StoredTable.dayOutcome.columns.map { column in
        guard let text = texts[column.name] ?? nil else { return .null }
        switch column.type {
        case .date: return CalendarDate(iso: text).map(FieldValue.date) ?? .text(text)
        case .text: return .text(text)
        case .json: return .json(text)
        case .integer: return Int(text).map(FieldValue.integer) ?? .null
        case .decimal: return Double(text).map(FieldValue.number) ?? .null
        case .boolean: return .boolean(text == "true")
        }
    }
    return ArchiveRow(.dayOutcome, values: values)
}

/// A new archive at a temporary path holding `runs`.
func writtenArchive(_ runs: [ArchiveRun], path: String = temporaryPath()) throws -> OutcomeArchive {
    let archive = try OutcomeArchive.create(at: path)
    try archive.write(runs, info: testInfo, schema: testSchema)
    return archive
}
