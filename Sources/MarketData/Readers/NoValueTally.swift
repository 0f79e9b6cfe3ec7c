/// The dates of one file whose rows hold no value (see ``MissingValue``), counted by kind of day.
///
/// Only counts and the first few sessions are kept, so a file of millions of such rows costs
/// nothing; ``note(file:)`` is the one line the load summary gives for them.
struct NoValueTally: Sendable, Equatable {
    /// The most session dates named in the note.
    static let sessionsNamed = 3

    /// Rows dated on an NYSE holiday or one-off closure (a weekday without a session).
    private(set) var holidays = 0
    /// Rows dated on a Saturday or Sunday.
    private(set) var weekends = 0
    /// Rows dated on a session: a value the market did print is missing.
    private(set) var sessions = 0
    /// The first few session dates, in file order.
    private(set) var firstSessions: [CalendarDate] = []

    /// The number of rows counted.
    var count: Int { holidays + weekends + sessions }

    /// Counts one row with no value on `date`.
    mutating func record(_ date: CalendarDate) {
        if date.isWeekend {
            weekends += 1
        } else if NYSECalendar.isSession(date) {
            sessions += 1
            if firstSessions.count < Self.sessionsNamed { firstSessions.append(date) }
        } else {
            holidays += 1
        }
    }

    /// The note, e.g. `vix.csv: 46 dates without a value, all NYSE holidays` or
    /// `spx.csv: 3 dates without a value: 2 NYSE holidays, 1 session (2015-03-02)`; nil when no row
    /// was counted.
    func note(file: String) -> String? {
        guard count > 0 else { return nil }
        let head = "\(file): \(Counting.phrase(count, "date", "dates")) without a value"
        if holidays == count { return head + (count == 1 ? ", an NYSE holiday" : ", all NYSE holidays") }
        var parts: [String] = []
        if holidays > 0 { parts.append(Counting.phrase(holidays, "NYSE holiday", "NYSE holidays")) }
        if weekends > 0 { parts.append(Counting.phrase(weekends, "weekend day", "weekend days")) }
        if sessions > 0 {
            var named = firstSessions.map(\.iso).joined(separator: ", ")
            if sessions > firstSessions.count { named += " and \(Counting.grouped(sessions - firstSessions.count)) more" }
            parts.append(Counting.phrase(sessions, "session", "sessions") + " (\(named))")
        }
        return head + ": " + parts.joined(separator: ", ")
    }
}
