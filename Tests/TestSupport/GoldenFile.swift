import Foundation

/// Golden-file comparison: the expected output lives in a file beside the tests, in the source tree.
///
/// With `RECORD_GOLDEN=1` in the environment the current output is written over the golden file
/// instead, and the comparison still reports a failure, so that a recording run never passes and
/// the new files are reviewed (`git diff`) before they are trusted.
public enum GoldenFile {
    /// Whether this run records instead of comparing.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    }

    /// Compares `actual` with the file at `golden` (or records it there): nil when they are equal,
    /// otherwise a message naming the first differing line, where the actual output was written,
    /// and how to re-record.
    public static func mismatch(_ actual: String, golden: URL) -> String? {
        let name = golden.lastPathComponent
        if isRecording {
            do {
                try FileManager.default.createDirectory(
                    at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: golden, atomically: true, encoding: .utf8)
                return "Recorded \(golden.path). Review it, then run again without RECORD_GOLDEN."
            } catch {
                return "Could not record \(golden.path): \(error)"
            }
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            return "No golden file \(golden.path): run with RECORD_GOLDEN=1 to create it."
        }
        guard actual != expected else { return nil }
        let actualPath = FileManager.default.temporaryDirectory.appendingPathComponent("golden-actual-\(name)")
        try? actual.write(to: actualPath, atomically: true, encoding: .utf8)
        return "Output differs from \(golden.path) at \(TextDifference.first(expected, actual)). "
            + "Actual output written to \(actualPath.path); RECORD_GOLDEN=1 re-records."
    }
}
