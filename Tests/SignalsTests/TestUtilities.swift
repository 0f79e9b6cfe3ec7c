import struct MarketData.SplitMix64
import Testing

/// A positive random walk of `count` values starting at `start`, each step within ±`step` (relative).
func randomWalk(count: Int, start: Double, step: Double, seed: UInt64) -> [Double] {
    var generator = SplitMix64(seed: seed)
    var level = start
    return (0..<count).map { _ in
        level *= 1 + Double.random(in: -step...step, using: &generator)
        return level
    }
}

/// Expects two optional series to agree: nil in the same places, values within `tolerance`.
func expectClose(
    _ actual: [Double?], _ expected: [Double?], tolerance: Double = 1e-9,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (index, pair) in zip(actual, expected).enumerated() {
        switch pair {
        case (nil, nil):
            continue
        case let (a?, e?):
            #expect(abs(a - e) <= tolerance, "index \(index): \(a) vs \(e)", sourceLocation: sourceLocation)
        default:
            Issue.record("index \(index): \(String(describing: pair.0)) vs \(String(describing: pair.1))",
                sourceLocation: sourceLocation)
        }
    }
}

/// Expects `compute` to be causal: on every prefix it returns exactly the prefix of the full result.
func expectCausal<Value: Equatable>(
    _ input: [Double], sourceLocation: SourceLocation = #_sourceLocation,
    _ compute: ([Double]) -> [Value]
) {
    let full = compute(input)
    for length in 0...input.count {
        let partial = compute(Array(input.prefix(length)))
        #expect(partial == Array(full.prefix(length)), "prefix of length \(length)", sourceLocation: sourceLocation)
    }
}
