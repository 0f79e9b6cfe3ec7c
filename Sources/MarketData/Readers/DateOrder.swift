/// Checks, row by row, that a file's dates increase, and remembers where each date was first seen.
///
/// A file sorted newest first (three dated rows or more, each before the one above) is one problem,
/// reported once by ``finish()``; otherwise each row dated before the row above it is an error. A
/// date equal to an earlier row's date is a duplicate, a problem of that row. Order errors past
/// ``IssueCap/limit`` are counted, not kept.
struct DateOrder {
    /// The file name used in problems.
    let file: String
    /// The date column as written in the header.
    let column: String
    private var firstLineOfDate = FirstLineIndex(capacity: 0)
    private var previous: (date: CalendarDate, line: Int)?
    private var firstTwo: [(date: CalendarDate, line: Int)] = []
    private var datedRows = 0
    private var allDecreasing = true
    private var orderIssues = IssueCap()

    /// Creates the check for one file.
    init(file: String, column: String) {
        self.file = file
        self.column = column
    }

    /// True once a row was dated before the row above it: the file will be refused.
    private(set) var isBroken = false

    /// Checks the date of the next dated row; returns the duplicate-date problem of that row, if any.
    mutating func check(_ date: CalendarDate, line: Int) -> DataIssue? {
        datedRows += 1
        if firstTwo.count < 2 { firstTwo.append((date, line)) }
        defer { previous = (date, line) }
        if let previous, date >= previous.date { allDecreasing = false }
        if let previous, date < previous.date {
            isBroken = true
            orderIssues.add(
                DataIssue(
                    file: file, line: line, column: column,
                    message: "expected a date after \(previous.date) (line \(previous.line)), found \(date)"))
            return nil
        }
        if let firstLine = firstLineOfDate.firstLine(of: date) {
            return DataIssue(
                file: file, line: line, column: column,
                message: "expected each date once, found \(date) again (first on line \(firstLine))")
        }
        firstLineOfDate.record(date, line: line)
        return nil
    }

    /// The order errors: one for a file sorted newest first, otherwise those found (capped).
    func finish() -> IssueCap {
        guard datedRows >= 3, allDecreasing else { return orderIssues }
        let first = firstTwo[0], second = firstTwo[1]
        let message =
            "expected dates oldest first, found them newest first (\(first.date) on line \(first.line), "
            + "then \(second.date)); sort the file by date"
        return IssueCap.capping([DataIssue(file: file, line: second.line, column: column, message: message)])
    }
}
