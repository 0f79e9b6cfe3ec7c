/// A named series of values, one per date of the chart (index `i` belongs to `dates[i]`).
///
/// A non-finite value leaves a gap in the line; values past the last date are ignored.
public struct ChartSeries: Sendable, Equatable {
    /// The name shown in the legend and the description (for example the profile name).
    public var name: String
    /// The values, one per date.
    public var values: [Double]

    /// Creates a series.
    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }

    /// The series as chart points `(index, value)` for the first `count` dates.
    func points(count: Int) -> [ChartPoint] {
        values.prefix(count).enumerated().map { ChartPoint(Double($0.offset), $0.element) }
    }

    /// The first and last finite values with their indices, if any.
    var finiteEnds: (first: (index: Int, value: Double), last: (index: Int, value: Double))? {
        guard let firstIndex = values.firstIndex(where: \.isFinite),
            let lastIndex = values.lastIndex(where: \.isFinite)
        else { return nil }
        return ((firstIndex, values[firstIndex]), (lastIndex, values[lastIndex]))
    }
}
