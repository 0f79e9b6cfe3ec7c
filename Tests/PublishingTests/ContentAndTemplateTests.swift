import Foundation
import Testing

@testable import Publishing

/// Writes `files` (relative path → text) into a fresh temporary folder.
func temporaryTree(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("condorpress-tree-\(UUID().uuidString)")
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return root
}

@Suite("Templates, content and checks")
struct ContentAndTemplateTests {
    @Test("a template syntax error names the template file and line")
    func templateError() throws {
        let root = try temporaryTree(["good.mustache": "ok\n", "broken.mustache": "line one\n{{#section}}\nno close\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try TemplateLibrary(directory: root.path)
            Issue.record("expected an error")
        } catch let error as PublishingError {
            #expect(error.file == root.appendingPathComponent("broken.mustache").path)
            #expect(error.line != nil)
            #expect(error.message.hasPrefix("template syntax error"))
        }
        let library = try TemplateLibrary(templates: ["a": "{{x}}"])
        #expect(throws: PublishingError(file: "missing.mustache", message: "no template named \"missing\" in the templates folder")) {
            try library.render("missing", ["x": "1"])
        }
    }

    @Test("front matter problems name the file and line")
    func frontMatterErrors() throws {
        let root = try temporaryTree([
            "glossary/delta.md": "---\nterm: Delta\nsummary: How much an option moves.\nsize: 3\n---\nBody.\n",
            "glossary/vega.md": "term: Vega\n",
            "glossary/gamma.md": "---\nterm: Gamma\nsummary: [unclosed\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try ContentLoader(directory: root.path).load()
            Issue.record("expected errors")
        } catch let errors as PublishingErrors {
            let text = errors.errors.map(\.description)
            #expect(text.contains { $0.hasSuffix("glossary/delta.md:4: front matter: unknown key \"size\", expected one of aliases, related, summary, term") })
            #expect(text.contains { $0.hasSuffix("glossary/vega.md:1: expected front matter opening with a line \"---\"") })
            #expect(text.contains { $0.contains("glossary/gamma.md:") && $0.hasSuffix("front matter is not valid YAML") })
        }
    }

    @Test("duplicate names across terms and unknown related terms are reported")
    func duplicateNames() throws {
        let root = try temporaryTree([
            "glossary/delta.md": "---\nterm: Delta\naliases: [hedge ratio]\nsummary: One.\nrelated: [Nope]\n---\n",
            "glossary/hedge.md": "---\nterm: Hedge ratio\nsummary: Two.\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try ContentLoader(directory: root.path).load()
            Issue.record("expected errors")
        } catch let errors as PublishingErrors {
            let messages = errors.errors.map(\.message)
            #expect(messages.contains { $0.hasPrefix("glossary name \"Hedge ratio\" is already used by") })
            #expect(messages.contains("related term \"Nope\" is not a glossary term or alias"))
        }
    }

    @Test("rule placeholders are filled with live values; an unknown one names file and line")
    func rulePlaceholders() throws {
        let filled = try RulePages.fillParameters(
            "Stop at {{stopMultiple}} times.\n", values: ["stopMultiple": "2"], file: "rules/stop-loss.md", bodyLine: 7)
        #expect(filled == "Stop at 2 times.\n")
        #expect(throws: PublishingError(file: "rules/x.md", line: 8, message: "unknown placeholder {{nope}}: expected a configuration key such as {{shortDelta}}")) {
            try RulePages.fillParameters("Line.\nUses {{nope}}.\n", values: [:], file: "rules/x.md", bodyLine: 7)
        }
    }

    @Test("the link checker finds missing files, missing anchors and root-absolute links")
    func linkChecker() throws {
        let root = try temporaryTree([
            "index.html": "<a href=\"a/index.html\">a</a>\n<a href=\"a/index.html#there\">t</a>\n<a href=\"a/index.html#nowhere\">n</a>\n<a href=\"missing.html\">m</a>\n<a href=\"/abs.html\">x</a>\n<a href=\"https://example.org/\">e</a>\n",
            "a/index.html": "<h2 id=\"there\">T</h2><a href=\"../index.html\">up</a> <a href=\"./\">self</a>\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let problems = try LinkChecker(directory: root.path).problems().map(\.description)
        #expect(problems == [
            "index.html:3: link \"a/index.html#nowhere\" points to a missing anchor #nowhere",
            "index.html:4: link \"missing.html\" points to a missing file",
            "index.html:5: link \"/abs.html\" is root-absolute; internal links must be relative",
        ])
    }

    @Test("slugs are lowercase ASCII with single hyphens")
    func slugs() {
        #expect(Slug.make("Black–Scholes–Merton") == "black-scholes-merton")
        #expect(Slug.make("  A/D line ") == "a-d-line")
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
        #expect(Slug.make("—") == "item")
    }

    @Test("the feed and sitemap use absolute URLs and escape text")
    func feedAndSitemap() throws {
        let site = SiteSettingsView(settings: .init(), baseURL: "https://example.org/cp")
        let entries = [FeedEntry(date: try #require(.init(iso: "2025-12-31")), summary: "SPX <up> & VIX")]
        let feed = FeedWriter(site: site).feed(entries: entries)
        #expect(feed.contains("<link href=\"https://example.org/cp/briefings/2025-12-31/index.html\"/>"))
        #expect(feed.contains("<summary>SPX &lt;up&gt; &amp; VIX</summary>"))
        #expect(feed.contains("<updated>2025-12-31T00:00:00Z</updated>"))
        let sitemap = SitemapWriter(site: site).sitemap(briefingDates: [try #require(.init(iso: "2025-12-31"))], otherPages: ["glossary/index.html"])
        #expect(sitemap.contains("<url><loc>https://example.org/cp/</loc><lastmod>2025-12-31</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org/cp/glossary/index.html</loc></url>"))
    }
}
