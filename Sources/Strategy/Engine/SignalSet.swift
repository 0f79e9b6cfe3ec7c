import MarketData
import Signals

/// The signals of a whole series, computed once and shared by the three profiles (SPEC §5).
///
/// Every value at index i reads only days 0...i (the indicators are causal), the NYSE calendar and
/// the published event schedule, so appending data never changes an earlier day's signals.
/// Readings:
/// - realised volatility is the only indicator that reads the SPX alone, so it is the only one the
///   SPX closes before the first trading day (``MarketSeries/spxWarmUp``) warm up; the SPX change
///   of breadth divergence is compared with A/D-line and VIX changes of trading days, so it stays
///   on trading days;
/// - the A/D line adds only the days that have a breadth row of their own: a day the aligner
///   filled by carrying an earlier row forward has no A/D value (and so no breadth divergence);
/// - "the next session" and "the next N sessions" come from the NYSE calendar, not from the next
///   data row, which would be look-ahead and would change the last day's outcome when data is added;
/// - an event counts for the event window when it is dated after today and on or before the next
///   session; the advisory list covers events dated after today up to the N-th next session.
struct SignalSet: Sendable {
    /// VIX MACD points (nil while warming up).
    let macd: [MACDPoint?]
    /// Whether the VIX MACD line crossed above its signal within `confirmSessions`, today included.
    let macdConfirmed: [Bool]
    /// Wilder RSI of the VIX.
    let rsi: [Double?]
    /// The A/D line (nil without breadth data, and on days without a breadth row of their own).
    let adLine: [Double?]
    /// Annualised realised SPX volatility, warmed up by the SPX closes before the first trading day.
    let realisedVol: [Double?]
    /// Breadth divergence and the three changes it compared (nil when it cannot be evaluated).
    let breadth: [BreadthReading?]
    /// The next NYSE session after each day.
    let nextSession: [CalendarDate]
    /// FOMC, CPI or PPI events between each day (excluded) and its next session (included).
    let marketMovingEventsNext: [[MarketEvent]]
    /// Every event in the next `eventLookaheadSessions` sessions.
    let upcomingEvents: [[MarketEvent]]
    /// How far `events.csv` reaches over each day's look-ahead window.
    let eventCalendar: [EventCalendarStatus]

    /// The values compared by the breadth-divergence rule on one day.
    struct BreadthReading: Equatable {
        /// Whether the rule's condition holds.
        let divergent: Bool
        /// SPX change over `breadthLookback` sessions.
        let spxChange: Double
        /// A/D-line change over `breadthLookback` sessions.
        let adChange: Double
        /// VIX change over `vixLookback` sessions.
        let vixChange: Double
    }

    /// Computes every signal of a series.
    init(series: MarketSeries, parameters engineParameters: EngineParameters) {
        let days = series.days
        let spx = days.map(\.spx)
        let vix = days.map(\.vix)
        let parameters = engineParameters.strategy
        let signalParameters = engineParameters.signals
        macd = MACD.compute(
            vix, fast: signalParameters.macdFast, slow: signalParameters.macdSlow, signal: signalParameters.macdSignal)
        macdConfirmed = days.indices.map { [macd] index in
            MACD.crossedAbove(macd, at: index, within: parameters.confirmSessions)
        }
        rsi = RSI.wilder(vix, period: signalParameters.rsiPeriod)
        // Only a day's own breadth row counts: figures carried forward from an earlier row would
        // add that day's advances and declines twice and invent a movement of the line.
        let line = AdvanceDecline.line(
            advances: days.map { $0.breadthCarriedFrom == nil ? $0.advances : nil },
            declines: days.map { $0.breadthCarriedFrom == nil ? $0.declines : nil })
        adLine = line
        realisedVol = SignalSet.realisedVolatility(
            series: series, window: signalParameters.realisedVolWindow)
        breadth = days.indices.map { index in
            guard
                let divergent = BreadthDivergence.isDivergent(
                    spx: spx, adLine: line, vix: vix, at: index, breadthLookback: parameters.breadthLookback,
                    vixLookback: parameters.vixLookback),
                let adNow = line[index], let adThen = line[index - parameters.breadthLookback]
            else { return nil }
            return BreadthReading(
                divergent: divergent, spxChange: spx[index] - spx[index - parameters.breadthLookback],
                adChange: adNow - adThen, vixChange: vix[index] - vix[index - parameters.vixLookback])
        }
        let events = series.events.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
        var next: [CalendarDate] = []
        var moving: [[MarketEvent]] = []
        var upcoming: [[MarketEvent]] = []
        var calendar: [EventCalendarStatus] = []
        next.reserveCapacity(days.count)
        for day in days {
            var session = NYSECalendar.nextSession(after: day.date)
            next.append(session)
            moving.append(
                SignalSet.events(events, after: day.date, through: session).filter { $0.kind.isMarketMoving })
            for _ in 1..<max(parameters.eventLookaheadSessions, 1) {
                session = NYSECalendar.nextSession(after: session)
            }
            upcoming.append(SignalSet.events(events, after: day.date, through: session))
            calendar.append(
                EventCalendarStatus(
                    coverage: series.coverage[.events], from: day.date.adding(days: 1), through: session))
        }
        nextSession = next
        marketMovingEventsNext = moving
        upcomingEvents = upcoming
        eventCalendar = calendar
    }

    /// Realised volatility on each trading day, with the SPX closes of ``MarketSeries/spxWarmUp``
    /// in front of the trading days' closes: the value of day i reads only closes dated on or
    /// before it, and the first trading days get a value when enough warm-up closes precede them.
    static func realisedVolatility(series: MarketSeries, window: Int) -> [Double?] {
        let closes = series.spxWarmUp.map(\.close) + series.days.map(\.spx)
        return Array(RealisedVolatility.annualised(closes: closes, window: window).dropFirst(series.spxWarmUp.count))
    }

    /// The day's advisory signals for the record.
    func record(at index: Int) -> SignalRecord {
        SignalRecord(
            macd: macd[index]?.macd, macdSignal: macd[index]?.signal, rsi: rsi[index], adLine: adLine[index],
            realisedVol: realisedVol[index], breadthDivergent: breadth[index]?.divergent,
            upcomingEvents: upcomingEvents[index], eventCalendar: eventCalendar[index])
    }

    /// Events dated after `start` and on or before `end`, from a list sorted by date.
    private static func events(_ sorted: [MarketEvent], after start: CalendarDate, through end: CalendarDate)
        -> [MarketEvent]
    {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].date <= start { low = middle + 1 } else { high = middle }
        }
        var result: [MarketEvent] = []
        var index = low
        while index < sorted.count, sorted[index].date <= end {
            result.append(sorted[index])
            index += 1
        }
        return result
    }
}
