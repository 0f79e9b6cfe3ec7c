import Foundation

/// A linear map from a data domain to a pixel range, with "nice" ticks (1, 2 or 5 × 10ⁿ apart).
///
/// The domain is always finite and non-empty: a single value is widened around itself, a
/// non-finite bound falls back to `0...1`, so mapping never divides by zero.
public struct LinearScale: Sendable, Equatable {
    /// The data interval, lower bound strictly below upper bound.
    public let domain: ClosedRange<Double>
    /// The pixel coordinate of `domain.lowerBound`.
    public let rangeStart: Double
    /// The pixel coordinate of `domain.upperBound` (below `rangeStart` for a y axis, which grows
    /// downwards in SVG).
    public let rangeEnd: Double

    /// Creates a scale.
    ///
    /// - Parameters:
    ///   - domain: the data interval; widened when empty (see the type's summary).
    ///   - rangeStart: where the domain's lower bound lands.
    ///   - rangeEnd: where the domain's upper bound lands.
    public init(domain: ClosedRange<Double>, rangeStart: Double, rangeEnd: Double) {
        self.domain = LinearScale.usableDomain(domain)
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
    }

    /// Creates a scale over the finite values among `values` (see ``extent(of:)``).
    public init<Values: Sequence>(covering values: Values, rangeStart: Double, rangeEnd: Double)
    where Values.Element == Double {
        self.init(domain: LinearScale.extent(of: values), rangeStart: rangeStart, rangeEnd: rangeEnd)
    }

    /// Maps a data value to a pixel coordinate (extrapolating outside the domain).
    public func callAsFunction(_ value: Double) -> Double {
        let fraction = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        return rangeStart + fraction * (rangeEnd - rangeStart)
    }

    /// Maps a data value to a pixel coordinate, clamped to the range.
    public func clamped(_ value: Double) -> Double {
        let position = self(value)
        return min(max(position, min(rangeStart, rangeEnd)), max(rangeStart, rangeEnd))
    }

    /// The tick step for about `count` intervals across the domain (see ``niceStep(span:count:)``).
    public func tickStep(count: Int) -> Double {
        LinearScale.niceStep(span: domain.upperBound - domain.lowerBound, count: count)
    }

    /// Multiples of ``tickStep(count:)`` that lie within the domain, in increasing order.
    ///
    /// Each tick is an integer times the step, so ticks carry no accumulated rounding error and zero
    /// is exactly `0.0` whenever the domain contains it.
    public func ticks(count: Int) -> [Double] {
        let step = tickStep(count: count)
        let first = (domain.lowerBound / step - 1e-9).rounded(.up)
        let last = (domain.upperBound / step + 1e-9).rounded(.down)
        guard first <= last, last - first < 200 else { return [domain.lowerBound, domain.upperBound] }
        // For a step below 1, multiply by a whole number of units and divide by a power of ten,
        // so that 3 × 0.05 gives 0.15 and not 0.15000000000000002.
        var power = 1.0
        for _ in 0..<LinearScale.decimals(forStep: step) { power *= 10 }
        let units = (step * power).rounded()
        return stride(from: first, through: last, by: 1).map { $0 * units / power + 0.0 }
    }

    /// A copy whose domain is widened outwards to multiples of the tick step for `count` intervals,
    /// so that the first and last ticks sit on the domain's ends.
    public func niced(count: Int) -> LinearScale {
        let step = tickStep(count: count)
        let lower = (domain.lowerBound / step + 1e-9).rounded(.down) * step
        let upper = (domain.upperBound / step - 1e-9).rounded(.up) * step
        return LinearScale(domain: lower...upper, rangeStart: rangeStart, rangeEnd: rangeEnd)
    }

    /// The number of decimals that shows every multiple of `step` exactly (0 for steps ≥ 1).
    public static func decimals(forStep step: Double) -> Int {
        guard step.isFinite, step > 0 else { return 0 }
        let exponent = Int((log10(step) + 1e-9).rounded(.down))
        return min(max(-exponent, 0), 6)
    }

    /// A step of 1, 2 or 5 × 10ⁿ that cuts `span` into about `count` intervals.
    ///
    /// - Parameters:
    ///   - span: the width of the interval; a non-positive or non-finite span gives 1.
    ///   - count: the wished-for number of intervals (at least 1).
    public static func niceStep(span: Double, count: Int) -> Double {
        guard span.isFinite, span > 0 else { return 1 }
        let raw = span / Double(max(count, 1))
        var magnitude = 1.0
        // Clamped so that 10ⁿ stays a normal number even for a subnormal or huge `raw`.
        let exponent = Int(min(max(log10(raw).rounded(.down), -300), 300))
        if exponent >= 0 {
            for _ in 0..<exponent { magnitude *= 10 }
        } else {
            for _ in 0..<(-exponent) { magnitude /= 10 }
        }
        let normalised = raw / magnitude
        let factor: Double
        switch normalised {
        case ..<1.5: factor = 1
        case ..<3: factor = 2
        case ..<7: factor = 5
        default: factor = 10
        }
        return factor * magnitude
    }

    /// The smallest interval holding every finite value, or `0...1` when there is none.
    public static func extent<Values: Sequence>(of values: Values) -> ClosedRange<Double>
    where Values.Element == Double {
        var lower = Double.infinity
        var upper = -Double.infinity
        for value in values where value.isFinite {
            lower = min(lower, value)
            upper = max(upper, value)
        }
        return lower <= upper ? lower...upper : 0...1
    }

    /// Widens an empty or non-finite domain into a usable one.
    private static func usableDomain(_ domain: ClosedRange<Double>) -> ClosedRange<Double> {
        let lower = domain.lowerBound
        let upper = domain.upperBound
        guard lower.isFinite, upper.isFinite else { return 0...1 }
        if upper - lower > max(abs(lower), abs(upper)) * 1e-12 { return domain }
        let centre = (lower + upper) / 2
        let half = centre == 0 ? 1 : abs(centre) * 0.05
        return (centre - half)...(centre + half)
    }
}
