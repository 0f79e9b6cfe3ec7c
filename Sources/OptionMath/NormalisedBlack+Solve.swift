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
            if value > 0 || value.isNaN && objective == .complementLogarithm {
                upper = min(upper, s)
            } else {
                lower = max(lower, s)
            }
            var next = s + Self.halleyStep(value: value, slope: slope, curvature: curvature)
            if !(next > lower && next < upper) {
                next = upper.isFinite ? 0.5 * (lower + upper) : 2 * max(s, lower)
            }
            if abs(next - s) <= Self.relativeTolerance * next { return next }
            if upper.isFinite, upper - lower <= Self.relativeTolerance * upper { return 0.5 * (lower + upper) }
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

    /// Picks the objective for the target's region and a starting point, narrowing the bracket.
    func initialGuess(for target: Double, lower: inout Double, upper: inout Double) -> (Objective, Double) {
        let inflection = (-2 * x).squareRoot()
        var start = inflection
        if inflection > 0 {
            let atInflection = point(inflection, needsComplement: false)
            if target < atInflection.value {
                upper = inflection
                let logTarget = log(target)
                let guess = -x / (-2 * logTarget).squareRoot()
                return (.logarithm, min(guess, 0.5 * inflection))
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
