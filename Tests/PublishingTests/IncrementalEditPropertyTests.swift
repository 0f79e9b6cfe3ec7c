import Foundation
import MarketData
import TestSupport
import Testing

@testable import Publishing

/// The incremental build's one promise, checked on random edit sequences: after any edit, the site
/// it updates is byte for byte the site a fresh full build writes from the same inputs.
///
/// `CONDORPRESS_EDITS` sets the number of edits over all sequences (default 200) and
/// `CONDORPRESS_EDITS_SEED` the seed of the first sequence (sequence i uses seed + i); a failure
/// prints both, the sequence and every edit applied so far; `CONDORPRESS_EDITS_VERBOSE=1` prints
/// the edits of passing sequences too.
@Suite("Random edits: the incremental build equals a fresh full build")
struct IncrementalEditPropertyTests {
    /// The sequences run side by side (two cores build twice as many sites).
    static let sequences = 0..<4
    /// The default seed of sequence 0.
    static let defaultSeed: UInt64 = 0xC0DE_2026

    static var seed: UInt64 {
        let text = ProcessInfo.processInfo.environment["CONDORPRESS_EDITS_SEED"] ?? ""
        return (text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)) ?? defaultSeed
    }

    static var totalEdits: Int {
        ProcessInfo.processInfo.environment["CONDORPRESS_EDITS"].flatMap { Int($0) } ?? 200
    }

    @Test("after each random edit, the incremental build is byte-identical to a fresh full build", arguments: sequences)
    func randomEdits(sequence: Int) throws {
        let edits = (Self.totalEdits + Self.sequences.count - 1 - sequence) / Self.sequences.count
        let seed = Self.seed &+ UInt64(sequence)
        var random = SplitMix64(seed: seed)
        // Data from 2024-01-02 to 2024-03-28 (61 sessions); the site starts with 45 of them, ten
        // after the 35 warm-up sessions, so that positions open and close during the edits.
        var site = try EditableSite(from: "2024-01-02", to: "2024-03-28", sessions: 45)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("Output")
        let fresh = site.root.appendingPathComponent("Fresh")
        _ = try SiteBuilder(options: site.options(output: output)).build()
        // The published site as the last successful build left it (checked equal to a full build).
        var published = try FolderSnapshot(of: output)
        var log: [String] = []
        func report(_ problem: String) -> Comment {
            let replay = "CONDORPRESS_EDITS_SEED=0x\(String(Self.seed, radix: 16)) CONDORPRESS_EDITS=\(Self.totalEdits)"
            let list = log.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n")
            return Comment(
                rawValue: "sequence \(sequence) (seed 0x\(String(seed, radix: 16)); replay with \(replay)), "
                    + "after edit \(log.count):\n\(problem)\nedits:\n\(list)")
        }
        for _ in 0..<edits {
            let edit = try site.randomEdit(&random)
            log.append(edit.description)
            let incremental = Result { try SiteBuilder(options: site.options(output: output)).build() }
            try? FileManager.default.removeItem(at: fresh)
            let full = Result { try SiteBuilder(options: site.options(output: fresh, full: true)).build() }
            switch (incremental, full) {
            case (.success, .success):
                published = try FolderSnapshot(of: output)
                let differences = published.differences(
                    from: try FolderSnapshot(of: fresh), here: "the incremental build", there: "the full build")
                if !differences.isEmpty {
                    Issue.record(report(differences.prefix(10).joined(separator: "\n")))
                    return
                }
            case (.failure(let error), .failure):
                // An edit the build refuses (a removed term that another file names) leaves the
                // site as it was; undone, the next edit's builds check that nothing stale remains.
                log[log.count - 1] += " (refused: \(String(describing: error).prefix(160)))"
                if try FolderSnapshot(of: output) != published {
                    Issue.record(report("the refused incremental build changed the published site"))
                    return
                }
                try site.undo(edit)
            case (.failure(let error), .success), (.success, .failure(let error)):
                let which = incremental.isSuccess ? "the full build" : "the incremental build"
                Issue.record(report("only \(which) failed: \(error)"))
                return
            }
        }
        if ProcessInfo.processInfo.environment["CONDORPRESS_EDITS_VERBOSE"] == "1" {
            let list = log.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n")
            FileHandle.standardError.write(Data("sequence \(sequence), seed 0x\(String(seed, radix: 16)):\n\(list)\n".utf8))
        }
    }
}

extension Result {
    /// Whether the result is a success.
    fileprivate var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
