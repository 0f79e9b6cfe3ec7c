import Foundation
import TestSupport
import Testing

@testable import Publishing

/// The search index (`site.search`): built by Pagefind over the finished pages before they are
/// published, owned by CondorPress through the manifest, and the same bytes whichever way the site
/// was built. These tests run Pagefind (`make browser-deps` installs it) on small sites.
@Suite("Search index", .serialized)
struct SearchIndexBuildTests {
    @Test("site.search is a flag, off by default; --search and --no-search override it")
    func configurationKey() throws {
        #expect(Configuration.defaults.site.search == false)
        #expect(try Configuration(yaml: "site:\n  search: true\n", fileName: "c.yml").site.search)
        #expect(
            Configuration.problems(inYAML: "site:\n  search: sometimes\n", fileName: "c.yml").first?.description
                == "c.yml:2: site.search: expected true or false, found sometimes")
        let file = try ScratchFolder.make("condorpress-search-key")
        defer { try? FileManager.default.removeItem(at: file) }
        let config = file.appendingPathComponent("condorpress.yml")
        try Data("site:\n  search: false\n".utf8).write(to: config)
        for (override, expected) in [(nil, false), (true, true), (false, false)] as [(Bool?, Bool)] {
            let loaded = try SiteSteps.loadConfiguration(BuildOptions(config: config.path, search: override))
            #expect(loaded.site.search == expected)
            #expect((loaded.pagefind != nil) == expected)
        }
    }

    @Test("the index and the search page are in the manifest; --no-search removes them, not a file added by hand")
    func ownership() throws {
        let site = try EditableSite(from: "2024-01-02", to: "2024-03-28", sessions: 45)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("Output")
        _ = try SiteBuilder(options: site.options(output: output, search: true)).build()
        let manifest = try #require(BuildManifest.load(from: output))
        let listed = Set(manifest.files)
        let bundle = try FolderSnapshot(of: output.appendingPathComponent("pagefind")).files.keys
        #expect(bundle.contains("pagefind.js") && bundle.contains("pagefind-entry.json"))
        #expect(bundle.contains { $0.hasPrefix("fragment/") } && bundle.contains { $0.hasPrefix("index/") })
        #expect(bundle.allSatisfy { listed.contains("pagefind/" + $0) })
        #expect(listed.filter { $0.hasPrefix("pagefind/") }.count == bundle.count)
        #expect(listed.contains("search/index.html") && listed.contains("search/search.js"))
        let briefing = try String(
            contentsOf: output.appendingPathComponent("briefings/2024-03-01/index.html"), encoding: .utf8)
        #expect(briefing.contains("<a href=\"../../search/index.html\">Search</a>"))
        #expect(briefing.contains("<article class=\"briefing prose\" data-pagefind-body>"))
        #expect(!FileManager.default.fileExists(atPath: output.path + ".scratch"))

        let mine = output.appendingPathComponent("pagefind/notes.txt")
        try Data("mine\n".utf8).write(to: mine)
        _ = try SiteBuilder(options: site.options(output: output, search: false)).build()
        let left = try FolderSnapshot(of: output)
        #expect(left.files.keys.filter { $0.hasPrefix("pagefind/") || $0.hasPrefix("search/") } == ["pagefind/notes.txt"])
        #expect(!String(decoding: try #require(left.files["briefings/2024-03-01/index.html"]), as: UTF8.self)
            .contains("search/index.html"))
        #expect(try #require(BuildManifest.load(from: output)).files.allSatisfy { !$0.hasPrefix("pagefind/") })
    }

    @Test("two builds write the same index; an unchanged site keeps it; after appended sessions an incremental build equals a full one")
    func deterministicAndIncremental() throws {
        var site = try EditableSite(from: "2024-01-02", to: "2024-03-28", sessions: 45)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("Output")
        let fresh = site.root.appendingPathComponent("Fresh")
        _ = try SiteBuilder(options: site.options(output: output, search: true)).build()
        _ = try SiteBuilder(options: site.options(output: fresh, full: true, search: true)).build()
        let first = try FolderSnapshot(of: output.appendingPathComponent("pagefind"))
        let second = try FolderSnapshot(of: fresh.appendingPathComponent("pagefind"))
        #expect(!first.files.isEmpty)
        #expect(first.differences(from: second, here: "the first build", there: "the second").isEmpty)

        // A build that changes no page keeps the published bundle without running Pagefind: a
        // fragment altered by hand stays altered (a build that ran Pagefind would restore it).
        let fragment = try #require(first.files.keys.first { $0.hasPrefix("fragment/") })
        let altered = output.appendingPathComponent("pagefind/" + fragment)
        let original = try Data(contentsOf: altered)
        try Data("altered".utf8).write(to: altered)
        let again = try SiteBuilder(options: site.options(output: output, search: true)).build()
        #expect(again.changed == 0)
        #expect(try Data(contentsOf: altered) == Data("altered".utf8))
        try original.write(to: altered)

        _ = try site.appendSessions(3)
        let incremental = try SiteBuilder(options: site.options(output: output, search: true)).build()
        #expect(incremental.reused > 0)
        _ = try SiteBuilder(options: site.options(output: fresh, full: true, search: true)).build()
        let after = try FolderSnapshot(of: output)
        let differences = after.differences(
            from: try FolderSnapshot(of: fresh), here: "the incremental build", there: "the full build")
        #expect(differences.isEmpty, "\(differences.prefix(5))")
        #expect(after.files.keys.filter { $0.hasPrefix("pagefind/fragment/") }.count > first.files.keys.filter {
            $0.hasPrefix("fragment/")
        }.count)
    }
}
