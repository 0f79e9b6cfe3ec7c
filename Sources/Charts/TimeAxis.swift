/// The horizontal axis of charts over dates: one evenly spaced slot per date (trading days, so no
/// weekend gaps), a few of them labelled with their date text.
enum TimeAxis {
    /// The x domain for `count` dates at positions 0 … count − 1, with half a slot of room on
    /// each side when `padded` (for shaded day bands).
    static func domain(count: Int, padded: Bool) -> ClosedRange<Double> {
        let last = Double(max(count - 1, 0))
        if padded || count <= 1 { return -0.5...(last + 0.5) }
        return 0...last
    }

    /// Labelled ticks for `dates` across a plot `plotWidth` wide.
    ///
    /// ISO dates (`YYYY-MM-DD`, in order) tick at calendar boundaries: the first date of each
    /// year (labelled `2015`), quarter or month (labelled `2015-07`), the finest of the three
    /// whose boundaries fit; when even the years are too many, the years divisible by 2, 5, 10 … Other labels are
    /// categories: as many as fit with room between them, at most six, first and last included.
    static func ticks(_ dates: [String], plotWidth: Double) -> [AxisTick] {
        if let calendar = calendarTicks(dates, plotWidth: plotWidth) { return calendar }
        let widest = dates.map { TextMetrics.width($0, fontSize: ChartTypography.tickSize) }.max() ?? 0
        let room = plotWidth / (widest + 20)
        // Clamped before the conversion, so a non-finite or huge width cannot trap.
        let fitting = room.isNaN ? 2 : Int(min(max(room, 2), 6))
        return AxisTick.categories(dates, maxTicks: fitting)
    }

    /// Ticks at the first date of each year, quarter or month, or nil when `dates` are not ISO
    /// dates in order or span no boundary.
    static func calendarTicks(_ dates: [String], plotWidth: Double) -> [AxisTick]? {
        let parts = dates.map { date -> (year: Int, month: Int)? in
            let bytes = Array(date.utf8)
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                let year = Int(date.prefix(4)), let month = Int(date.dropFirst(5).prefix(2)), (1...12).contains(month)
            else { return nil }
            return (year, month)
        }
        guard dates.count >= 2, parts.allSatisfy({ $0 != nil }), dates == dates.sorted() else { return nil }
        let months = parts.compactMap { $0 }
        // The granularities, finest first: a period's number and its label.
        let yearMonth: ((year: Int, month: Int)) -> String = { "\($0.year)-" + ($0.month < 10 ? "0" : "") + "\($0.month)" }
        let periods: [(key: ((year: Int, month: Int)) -> Int, label: ((year: Int, month: Int)) -> String)] = [
            ({ $0.year * 12 + $0.month - 1 }, yearMonth),
            ({ $0.year * 4 + ($0.month - 1) / 3 }, yearMonth),
            ({ $0.year }, { "\($0.year)" }),
        ]
        let plot = plotWidth.isFinite ? plotWidth : 480
        for (index, (key, label)) in periods.enumerated() {
            let starts = months.indices.filter { $0 > 0 && key(months[$0]) != key(months[$0 - 1]) }
            guard !starts.isEmpty else { continue }
            let widest = TextMetrics.width(label(months[starts[0]]), fontSize: ChartTypography.tickSize) + 20
            let fitting = max(Int(min(max(plot / widest, 2), 8)), 2)
            // The finest granularity whose boundaries all fit; years are thinned when even they do not.
            let isYears = index == periods.count - 1
            guard starts.count <= fitting || isYears else { continue }
            // Years whose number is a multiple of 1, 2, 5, 10 … years, the first that fits.
            let every = [1, 2, 5, 10, 20, 50, 100].first { step in
                starts.filter { key(months[$0]) % step == 0 }.count <= fitting
            } ?? 100
            return starts.filter { key(months[$0]) % every == 0 }.map {
                AxisTick(value: Double($0), label: label(months[$0]))
            }
        }
        return nil
    }

    /// `dates` padded with empty labels (or cut) to `count` entries.
    static func labels(_ dates: [String], count: Int) -> [String] {
        Array(dates.prefix(count)) + Array(repeating: "", count: max(count - dates.count, 0))
    }
}
