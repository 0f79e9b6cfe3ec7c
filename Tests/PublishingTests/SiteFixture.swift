import Foundation
import MarketData
import TestSupport
import Testing

@testable import Publishing

/// A throwaway site: the repository's content and templates with generated data, built into a temp folder.
struct SiteFixture {
    /// The repository root (three levels above this file).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    let root: URL
    var data: URL { root.appendingPathComponent("data") }
    var output: URL { root.appendingPathComponent(outputName) }
    /// The output folder's name inside the fixture.
    var outputName = "Output"
    /// The last date to evaluate and publish, when set.
    var to: CalendarDate?

    /// Creates a fixture with `sessions` generated trading days ending at `to`, plus extra events.
    init(seed: UInt64 = 7, from: String = "2024-01-02", to: String = "2024-07-31", extraEvents: String = "") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("condorpress-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let market = SampleMarketGenerator(seed: seed).generate(
            from: try #require(CalendarDate(iso: from)), to: try #require(CalendarDate(iso: to)))
        for (name, text) in market.csvFiles {
            let contents = name == "events.csv" ? text + extraEvents : text
            try Data(contents.utf8).write(to: data.appendingPathComponent(name))
        }
    }

    /// Build options pointing at the repository's content and templates and this fixture's data;
    /// without the search index (Pagefind), which `SearchIndexBuildTests` covers.
    var options: BuildOptions {
        BuildOptions(
            content: SiteFixture.repository.appendingPathComponent("Content").path, data: data.path,
            templates: SiteFixture.repository.appendingPathComponent("Templates").path, output: output.path,
            config: SiteFixture.repository.appendingPathComponent("Content/condorpress.yml").path, to: to,
            baseURL: "https://example.org/site/", search: false)
    }

    /// Builds the site.
    @discardableResult
    func build() throws -> BuildSummary {
        try SiteBuilder(options: options).build()
    }

    /// The text of a generated file.
    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: output.appendingPathComponent(path)), as: UTF8.self)
    }

    /// Every file below the output, relative, sorted, with its bytes.
    func snapshot() throws -> [String: Data] {
        try Self.snapshot(of: output)
    }

    /// Every file below `folder`, relative, with its bytes.
    static func snapshot(of folder: URL) throws -> [String: Data] {
        try FolderSnapshot(of: folder).files
    }

    /// Removes the fixture.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
