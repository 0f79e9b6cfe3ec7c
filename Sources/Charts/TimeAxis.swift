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

    /// Labelled ticks for `dates` across a plot `plotWidth` wide: as many as fit with room between
    /// them, at most six, first and last always included.
    static func ticks(_ dates: [String], plotWidth: Double) -> [AxisTick] {
        let widest = dates.map { TextMetrics.width($0, fontSize: ChartTypography.tickSize) }.max() ?? 0
        let room = plotWidth / (widest + 20)
        // Clamped before the conversion, so a non-finite or huge width cannot trap.
        let fitting = room.isNaN ? 2 : Int(min(max(room, 2), 6))
        return AxisTick.categories(dates, maxTicks: fitting)
    }

    /// `dates` padded with empty labels (or cut) to `count` entries.
    static func labels(_ dates: [String], count: Int) -> [String] {
        Array(dates.prefix(count)) + Array(repeating: "", count: max(count - dates.count, 0))
    }
}
