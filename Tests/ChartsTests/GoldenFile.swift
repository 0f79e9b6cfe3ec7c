import Foundation
import TestSupport
import Testing

extension GoldenFile {
    /// Compares `actual` with `Golden/<name>.svg` beside the chart tests (or records it with
    /// `RECORD_GOLDEN=1`), recording an issue when they differ.
    static func assertMatches(
        _ actual: String, named name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let golden = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/\(name).svg")
        if let mismatch = mismatch(actual, golden: golden) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }
}
