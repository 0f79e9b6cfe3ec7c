import Testing

/// A small deterministic random number generator (SplitMix64) for property tests.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A positive random walk of `count` values starting at `start`, each step within ±`step` (relative).
func randomWalk(count: Int, start: Double, step: Double, seed: UInt64) -> [Double] {
    var generator = SeededGenerator(seed: seed)
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
