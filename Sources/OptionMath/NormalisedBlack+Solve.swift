#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension NormalisedBlack {
    /// The objective the root finder drives to zero; each is increasing in s.
    enum Objective {
        /// ln b(s) − ln β: for prices below the inflection point, where b is tiny and convex.
        case logarithm
        /// b(s) − β: the concave middle.
        case plain
        /// ln(bound − β) − ln(bound − b(s)): prices close to the upper bound, where b flattens out.
        case complementLogarithm
    }

    /// The largest relative change of s at which the iteration is considered converged.
    static let relativeTolerance = 4 * Double.ulpOfOne

    /// The most iterations before giving up (bisection alone halves the bracket each time).
    static let maximumIterations = 200

    /// The total volatility s > 0 with b(x, s) = `target`, or nil when the iteration fails.
    ///
    /// Halley steps on a region-dependent objective, safeguarded by a bracket [lo, hi] that every
    /// evaluation narrows; a step that leaves the bracket is replaced by bisection.
    ///
    /// - Precondition: 0 < target < `upperBound`.
    func totalVolatility(for target: Double) -> Double? {
        var lower = 0.0
        var upper = Double.infinity
        let (objective, start) = initialGuess(for: target, lower: &lower, upper: &upper)
        let logTarget = log(target)
        let logComplementTarget = log(upperBound - target)
        var s = start
        var previousChange = Double.infinity
        for _ in 0..<Self.maximumIterations {
            let p = point(s, needsComplement: objective == .complementLogarithm)
            var value: Double
            var slope: Double
            var curvature: Double
            switch objective {
            case .logarithm:
                value = log(p.value) - logTarget
                slope = p.slope / p.value
                curvature = p.curvature / p.value - slope * slope
            case .plain:
                value = p.value - target
                slope = p.slope
                curvature = p.curvature
            case .complementLogarithm:
                value = logComplementTarget - log(p.complement)
                slope = p.slope / p.complement
                curvature = p.curvature / p.complement + slope * slope
            }
            if value == 0 { return s }
            // A NaN value comes from an underflowed b (too low: raise s) or complement (too high).
            if value > 0 || (value.isNaN && objective == .complementLogarithm) {
                upper = min(upper, s)
            } else {
                lower = max(lower, s)
            }
            var next: Double
            if objective == .logarithm {
                // In t = 1/s², ln b is nearly linear (ln b ≈ −x²·t/2 + slowly varying terms).
                let sCubed = s * s * s
                let slopeInT = -0.5 * sCubed * slope
                let curvatureInT = 0.25 * sCubed * sCubed * curvature + 0.75 * sCubed * s * s * slope
                let t = 1 / (s * s) + Self.halleyStep(value: value, slope: slopeInT, curvature: curvatureInT)
                next = t > 0 ? 1 / t.squareRoot() : .infinity
            } else {
                next = s + Self.halleyStep(value: value, slope: slope, curvature: curvature)
            }
            let change = abs(next - s)
            if change <= Self.relativeTolerance * s { return next }
            // Halley contracts cubically; a change that stops shrinking is rounding noise.
            if change <= 1e-11 * s, change >= 0.25 * previousChange { return next }
            if !(next > lower && next < upper) {
                next = upper.isFinite ? 0.5 * (lower + upper) : 2 * max(s, lower)
            }
            if upper.isFinite, upper - lower <= Self.relativeTolerance * upper { return 0.5 * (lower + upper) }
            previousChange = abs(next - s)
            s = next
        }
        return nil
    }

    /// Halley's step −f/f′ / (1 − f·f″/(2f′²)), falling back to Newton when the correction is wild.
    static func halleyStep(value: Double, slope: Double, curvature: Double) -> Double {
        let newton = -value / slope
        let denominator = 1 + 0.5 * newton * curvature / slope
        return denominator > 0.5 && denominator < 2 ? newton / denominator : newton
    }

    /// A start below the inflection point: the larger of one Halley step on ln b in t = 1/s² taken
    /// from the inflection point (good near it) and the deep out-of-the-money asymptote of
    /// `deepGuess` (good far below it), capped at the inflection point.
    func lowerRegionGuess(for target: Double, inflection: Double, at point: Point) -> Double {
        let logTarget = log(target)
        let value = log(point.value) - logTarget
        let slope = point.slope / point.value
        let curvature = point.curvature / point.value - slope * slope
        let sCubed = inflection * inflection * inflection
        let slopeInT = -0.5 * sCubed * slope
        let curvatureInT = 0.25 * sCubed * sCubed * curvature + 0.75 * sCubed * inflection * inflection * slope
        let t = 1 / (inflection * inflection) + Self.halleyStep(value: value, slope: slopeInT, curvature: curvatureInT)
        let stepped = t > 0 ? 1 / t.squareRoot() : 0.5 * inflection
        let deep = deepGuess(logTarget: logTarget, inflection: inflection)
        return min(max(stepped, deep), inflection)
    }

    /// The deep out-of-the-money asymptote solved for s² twice (the second time with the
    /// polynomial prefactor evaluated at the first answer); 0 when it has no solution.
    func deepGuess(logTarget: Double, inflection: Double) -> Double {
        let squareX = x * x
        var s = 0.0
        var prefactor = 0.0
        for _ in 0..<2 {
            let level = logTarget - prefactor  // −x²/(2u) − u/8 = level, u = s²
            let discriminant = 4 * level * level - squareX
            guard level < 0, discriminant > 0 else { return s }
            let u = -4 * level - 2 * discriminant.squareRoot()
            guard u > 0 else { return s }
            s = min(u.squareRoot(), inflection)
            let denominator = squareX - 0.25 * u * u
            guard denominator > 0 else { return s }
            prefactor = log(u * s / (denominator * (2 * Double.pi).squareRoot()))
        }
        return s
    }

    /// Picks the objective for the target's region and a starting point, narrowing the bracket.
    func initialGuess(for target: Double, lower: inout Double, upper: inout Double) -> (Objective, Double) {
        let inflection = (-2 * x).squareRoot()
        var start = inflection
        if inflection > 0 {
            let atInflection = point(inflection, needsComplement: false)
            if target < atInflection.value {
                upper = inflection
                return (.logarithm, lowerRegionGuess(for: target, inflection: inflection, at: atInflection))
            }
            lower = inflection
            start = inflection + (target - atInflection.value) / atInflection.slope
        } else {
            start = (2 * Double.pi).squareRoot() * target
        }
        let complementTarget = upperBound - target
        if complementTarget < 0.25 * upperBound {
            let guess = (-8 * log(complementTarget / upperBound)).squareRoot()
            return (.complementLogarithm, max(guess, start))
        }
        return (.plain, start)
    }
}
