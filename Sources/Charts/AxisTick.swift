/// A tick on an axis: where it goes (in data units) and what it says.
struct AxisTick: Sendable, Equatable {
    var value: Double
    var label: String

    /// Ticks for a numeric axis: about `count` nice ticks inside `scale`'s domain.
    static func numeric(_ scale: LinearScale, count: Int, style: ValueStyle) -> [AxisTick] {
        let values = scale.ticks(count: count)
        let labels = style.tickLabels(values, step: scale.tickStep(count: count))
        return zip(values, labels).map { AxisTick(value: $0, label: $1) }
    }

    /// Ticks for a category axis of `labels` at positions 0, 1, 2 …, at most `maxTicks` of them,
    /// evenly spread and always including the first and the last.
    static func categories(_ labels: [String], maxTicks: Int) -> [AxisTick] {
        categoryIndices(count: labels.count, maxTicks: maxTicks).map {
            AxisTick(value: Double($0), label: labels[$0])
        }
    }

    /// Indices of `count` categories to label, at most `maxTicks`, evenly spread, first and last
    /// included.
    static func categoryIndices(count: Int, maxTicks: Int) -> [Int] {
        guard count > 0 else { return [] }
        let ticks = max(min(maxTicks, count), 1)
        if ticks == 1 { return [0] }
        var indices: [Int] = []
        for tick in 0..<ticks {
            let index = (tick * (count - 1) + (ticks - 1) / 2) / (ticks - 1)
            if indices.last != index { indices.append(index) }
        }
        return indices
    }
}
