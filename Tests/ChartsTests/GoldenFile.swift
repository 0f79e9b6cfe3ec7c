import Foundation
import Testing

/// Golden-file assertions: the expected output lives in `Golden/<name>.svg` beside the tests.
///
/// Run with `RECORD_GOLDEN=1` to rewrite the golden files from the current output; a recording run
/// fails every assertion it recorded, so that the new files are reviewed before they are trusted.
enum GoldenFile {
    /// Whether this run records instead of comparing.
    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    }

    /// Compares `actual` with `Golden/<name>.svg` (or records it).
    static func assertMatches(
        _ actual: String, named name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        if isRecording {
            let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
            let target = folder.appendingPathComponent(name + ".svg")
            do {
                try actual.write(to: target, atomically: true, encoding: .utf8)
                Issue.record(
                    "Recorded \(target.path). Review it, then run again without RECORD_GOLDEN.",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("Could not record \(target.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "svg", subdirectory: "Golden"),
            let expected = try? String(contentsOf: url, encoding: .utf8)
        else {
            Issue.record(
                "No golden file Golden/\(name).svg: run with RECORD_GOLDEN=1 to create it.",
                sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let actualPath = FileManager.default.temporaryDirectory.appendingPathComponent("golden-actual-\(name).svg")
        try? actual.write(to: actualPath, atomically: true, encoding: .utf8)
        let message =
            "Output differs from Golden/\(name).svg at \(firstDifference(expected, actual)). "
            + "Actual output written to \(actualPath.path); RECORD_GOLDEN=1 re-records."
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// A short description of the first line where `expected` and `actual` differ.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let wanted = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
            if wanted != got { return "line \(index + 1): expected \(wanted) but got \(got)" }
        }
        return "the end of the file"
    }
}
