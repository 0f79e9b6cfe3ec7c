/// A plausible, rule-based schedule of market-moving releases for synthetic data: FOMC decisions,
/// CPI and PPI reports, all on NYSE sessions.
///
/// The rules imitate the real calendars without claiming to reproduce them:
/// - FOMC: eight Wednesday decisions a year, in the windows January 26–February 1, March 15–21,
///   May 1–7, June 11–17, July 25–31, September 15–21, November 1–7 and December 10–16 (each
///   window holds exactly one Wednesday; a closed Wednesday moves to the next session).
/// - CPI: monthly, the first Tuesday, Wednesday or Thursday session on or after the 10th that is not
///   an FOMC day (so between the 10th and about the 14th).
/// - PPI: the next session after the CPI report that is not an FOMC day.
public enum SampleEventSchedule {
    /// The FOMC decision windows as (month, first day); each window is seven days long.
    private static let fomcWindows: [(month: Int, day: Int)] = [
        (1, 26), (3, 15), (5, 1), (6, 11), (7, 25), (9, 15), (11, 1), (12, 10),
    ]

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Every scheduled event dated from `from` through `to`, sorted by date then name.
    public static func events(from: CalendarDate, to: CalendarDate) -> [MarketEvent] {
        guard from <= to else { return [] }
        var all: [MarketEvent] = []
        for year in from.year...to.year {
            all += events(year: year)
        }
        return all
            .filter { $0.date >= from && $0.date <= to }
            .sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    /// The events of one calendar year, in date order.
    public static func events(year: Int) -> [MarketEvent] {
        let fomcDays = fomcDecisions(year: year)
        var events = fomcDays.map { MarketEvent(date: $0, name: "FOMC rate decision", kind: .fomc) }
        let fomcSet = Set(fomcDays)
        for month in 1...12 {
            guard let tenth = CalendarDate(year: year, month: month, day: 10) else { continue }
            let dataMonth = monthNames[(month + 10) % 12]
            var cpi = NYSECalendar.sessionOnOrAfter(tenth)
            while !(2...4).contains(cpi.isoWeekday) || fomcSet.contains(cpi) {
                cpi = NYSECalendar.nextSession(after: cpi)
            }
            var ppi = NYSECalendar.nextSession(after: cpi)
            while fomcSet.contains(ppi) { ppi = NYSECalendar.nextSession(after: ppi) }
            events.append(MarketEvent(date: cpi, name: "CPI report (\(dataMonth) data)", kind: .cpi))
            events.append(MarketEvent(date: ppi, name: "PPI report (\(dataMonth) data)", kind: .ppi))
        }
        return events.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    /// The eight FOMC decision days of a year.
    public static func fomcDecisions(year: Int) -> [CalendarDate] {
        fomcWindows.compactMap { window in
            guard let start = CalendarDate(year: year, month: window.month, day: window.day) else { return nil }
            let wednesday = start.adding(days: (3 - start.isoWeekday + 7) % 7)
            return NYSECalendar.sessionOnOrAfter(wednesday)
        }
    }
}
