import Foundation
import TestSupport
import Testing

@testable import Publishing

/// The bundled sample (Content/data, seed 42), built once for the suite into a scratch folder.
enum BundledSampleSite {
    /// The output folder of the one full build, or the error that stopped it.
    static let output: Result<URL, any Error> = Result {
        let output = try ScratchFolder.make("condorpress-golden").appendingPathComponent("Output")
        let repository = SiteFixture.repository
        _ = try SiteBuilder(
            options: BuildOptions(
                content: repository.appendingPathComponent("Content").path,
                data: repository.appendingPathComponent("Content/data").path,
                templates: repository.appendingPathComponent("Templates").path, output: output.path,
                config: repository.appendingPathComponent("Content/condorpress.yml").path)
        ).build()
        return output
    }

    /// The text of the published file `path`.
    static func text(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: try output.get().appendingPathComponent(path)), as: UTF8.self)
    }
}

/// Golden files pinning one briefing's Markdown and HTML, on three days of the bundled sample.
///
/// The expected files are `Golden/briefing-<date>.md` and `.html` beside this file. After a change
/// that is meant to alter them, re-record with `make golden` (or `RECORD_GOLDEN=1 swift test
/// --filter BriefingGoldenTests`): the recording run fails, the new files are reviewed with
/// `git diff Tests/PublishingTests/Golden` and the next run passes.
@Suite("Golden briefings of the bundled sample")
struct BriefingGoldenTests {
    /// The days: flat (the condor closed at its profit target, nothing open at the close), a
    /// condor open with no hedge layer, and ALVH layer 2 switched on (an entry and a time shift).
    static let days = [
        (date: "2023-07-06", what: "flat after a profit-target exit"),
        (date: "2023-12-15", what: "an open position, no layer"),
        (date: "2023-03-15", what: "ALVH layer 2 active"),
    ]

    @Test("briefing.md and index.html match their golden files", arguments: days.map(\.date))
    func briefing(date: String) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        for (path, golden) in [
            ("briefings/\(date)/briefing.md", "briefing-\(date).md"),
            ("briefings/\(date)/index.html", "briefing-\(date).html"),
        ] {
            if let mismatch = GoldenFile.mismatch(
                try BundledSampleSite.text(path), golden: folder.appendingPathComponent(golden))
            {
                Issue.record(Comment(rawValue: mismatch))
            }
        }
    }
}
