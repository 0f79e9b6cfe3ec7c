/// The grid search of ``PerformanceMath/xirr(cashFlows:)``: the sign change of the present value
/// nearest to the guess, found without evaluating the whole grid.
///
/// The grid is `x₀ = −limit`, `x₁ = −limit + step`, then `xₖ = xₖ₋₁ + step` (accumulated, so the
/// points are exactly those of a left-to-right scan) while `xₖ ≤ limit + step / 2`. Point k > 0
/// offers a bracket when its value is zero (the bracket `(xₖ, xₖ)`) or when its value and the
/// previous one lie on different sides of zero (the bracket `(xₖ₋₁, xₖ)`, a zero counting as not
/// positive). Of all brackets the one whose midpoint is nearest the guess wins, the leftmost on a
/// tie; a zero at `x₀` ends the search at once.
///
/// A left-to-right scan would evaluate the present value at every point (about 1,800 of them,
/// each a sum over every cash flow). Instead the points are visited in order of the smallest
/// distance their bracket could have, which needs no present value, and the search stops once that
/// distance exceeds the best one found: no later bracket could win or tie. The result is the
/// bracket of the full scan, bit for bit.
struct XIRRGrid {
    /// The outcome of the search.
    enum Outcome: Equatable {
        /// The present value is exactly zero at the first grid point.
        case root(Double)
        /// The nearest bracket, `low == high` when the present value is zero there.
        case bracket(low: Double, high: Double)
        /// No grid point changes sign.
        case none
    }

    /// The grid points, left to right.
    private let points: [Double]
    /// The rate guess the bracket should be nearest to.
    private let guess: Double
    /// The present value at a grid point.
    private let presentValue: (Double) -> Double
    /// Present values computed so far, by point index.
    private var values: [Double?]

    /// Lays out the grid over `−limit...limit`.
    init(limit: Double, step: Double, guess: Double, presentValue: @escaping (Double) -> Double) {
        let points = Self.points(limit: limit, step: step)
        self.points = points
        self.guess = guess
        self.presentValue = presentValue
        self.values = Array(repeating: nil, count: points.count)
    }

    /// The grid points from `−limit` to about `limit`, left to right, accumulated as a scan would.
    static func points(limit: Double, step: Double) -> [Double] {
        var points = [-limit]
        var x = -limit + step
        while x <= limit + step / 2 {
            points.append(x)
            x += step
        }
        return points
    }

    /// The bracket a scan of the whole grid would choose.
    mutating func nearestBracket() -> Outcome {
        if value(at: 0) == 0 { return .root(points[0]) }
        // The two distances point k's bracket can have, computed as the comparison computes them.
        var order: [(index: Int, bound: Double)] = []
        order.reserveCapacity(points.count)
        for index in 1..<max(points.count, 1) {
            let bound = min(distance(index, index), distance(index - 1, index))
            order.append((index, bound))
        }
        order.sort { $0.bound != $1.bound ? $0.bound < $1.bound : $0.index < $1.index }
        var best: (index: Int, distance: Double, low: Int)?
        for (index, bound) in order {
            if let best, bound > best.distance { break }
            let current = value(at: index)
            let low: Int
            if current == 0 {
                low = index
            } else if (current > 0) != (value(at: index - 1) > 0) {
                low = index - 1
            } else {
                continue
            }
            let distance = distance(low, index)
            if let known = best, known.distance < distance || (known.distance == distance && known.index < index) {
                continue
            }
            best = (index, distance, low)
        }
        guard let best else { return .none }
        return .bracket(low: points[best.low], high: points[best.index])
    }

    /// The present value at point `index`, computed once.
    private mutating func value(at index: Int) -> Double {
        if let known = values[index] { return known }
        let value = presentValue(points[index])
        values[index] = value
        return value
    }

    /// How far the midpoint of the bracket `(points[low], points[high])` lies from the guess.
    private func distance(_ low: Int, _ high: Int) -> Double {
        abs((points[low] + points[high]) / 2 - guess)
    }
}
