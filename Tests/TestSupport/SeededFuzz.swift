import Foundation
import MarketData

/// Runs seeded fuzz cases and reports which one failed, even when it trapped.
public enum SeededFuzz {
    /// Runs `defaultCases` cases (or `CONDORPRESS_FUZZ_CASES`), case i from
    /// `SplitMix64(seed: seed &+ i)` with `seed` from `CONDORPRESS_FUZZ_SEED` or `defaultSeed`.
    ///
    /// Each case's seed goes to standard error before it runs, so a trap's last line names it.
    /// `check` returns nil when the property holds; otherwise the run writes the failure with its
    /// seed and exits with status 1.
    public static func run(_ name: String, defaultSeed: UInt64, defaultCases: Int, check: (inout SplitMix64) -> String?) {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["CONDORPRESS_FUZZ_SEED"].flatMap(parse) ?? defaultSeed
        let cases = environment["CONDORPRESS_FUZZ_CASES"].flatMap { Int($0) } ?? defaultCases
        for index in 0..<cases {
            let caseSeed = seed &+ UInt64(index)
            let replay = "CONDORPRESS_FUZZ_SEED=0x\(String(caseSeed, radix: 16)) CONDORPRESS_FUZZ_CASES=1"
            FileHandle.standardError.write(Data("\(name) fuzz case \(index) of \(cases): \(replay)\n".utf8))
            var random = SplitMix64(seed: caseSeed)
            if let failure = check(&random) {
                FileHandle.standardError.write(Data("FAILED \(name) fuzz case \(index) (\(replay)): \(failure)\n".utf8))
                exit(1)
            }
        }
    }

    /// What a failed run wrote about its failure: the last case it started (how to replay it) and
    /// the runtime's fatal error or the property that failed.
    public static func lastLines(of bytes: [UInt8]) -> String {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        let lastCase = lines.last { $0.contains(" fuzz case ") } ?? "no case started"
        let reason =
            lines.first { $0.contains("Fatal error") || $0.contains("crashed") || $0.hasPrefix("FAILED") }
            ?? "the process printed no reason; its exit status is above"
        return "the fuzz run failed\n\(lastCase)\n\(reason)"
    }

    /// A seed written in decimal or as `0x…` hexadecimal.
    private static func parse(_ text: String) -> UInt64? {
        text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
    }
}
