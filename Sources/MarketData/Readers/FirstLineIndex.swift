/// The line on which each date was first seen in a file, for reporting duplicate dates.
///
/// Files are nearly always sorted, so while the dates recorded only increase they are kept in an
/// array, where a later date is known to be new after one comparison with the last, and any other
/// by a binary search. The first date recorded out of order moves them into a dictionary. Either
/// way a lookup answers what a dictionary of every recorded date would answer.
struct FirstLineIndex {
    /// The dates recorded and their lines, strictly increasing, while no date came out of order.
    private var increasing: [(date: CalendarDate, line: Int)] = []
    /// Every recorded date and its line, once a date came out of order.
    private var byDate: [CalendarDate: Int]?

    /// An empty index with room for `capacity` sorted dates.
    init(capacity: Int) {
        increasing.reserveCapacity(capacity)
    }

    /// The line recorded for `date`, or nil when it was not recorded.
    func firstLine(of date: CalendarDate) -> Int? {
        if let byDate { return byDate[date] }
        guard let last = increasing.last, date <= last.date else { return nil }
        var low = 0
        var high = increasing.count
        while low < high {
            let middle = (low + high) / 2
            if increasing[middle].date < date { low = middle + 1 } else { high = middle }
        }
        return low < increasing.count && increasing[low].date == date ? increasing[low].line : nil
    }

    /// Records the line of a date that is not recorded yet.
    mutating func record(_ date: CalendarDate, line: Int) {
        if byDate != nil {
            byDate?[date] = line
        } else if let last = increasing.last, date <= last.date {
            var dictionary = Dictionary(uniqueKeysWithValues: increasing.map { ($0.date, $0.line) })
            dictionary[date] = line
            byDate = dictionary
            increasing = []
        } else {
            increasing.append((date, line))
        }
    }
}
