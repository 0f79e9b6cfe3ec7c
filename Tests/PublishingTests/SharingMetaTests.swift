import Foundation
import TestSupport
import Testing

@testable import Publishing

/// Every page's description, canonical address and OpenGraph/Twitter tags, on the bundled sample
/// (`site.baseURL` https://example.org/condorpress/).
@Suite("Sharing meta tags")
struct SharingMetaTests {
    /// The tags from the description to the Twitter description, as the layout writes them.
    static func tags(title: String, description: String, url: String, type: String) -> String {
        """
        <meta name="description" content="\(description)">
        <link rel="canonical" href="\(url)">
        <meta property="og:type" content="\(type)">
        <meta property="og:title" content="\(title)">
        <meta property="og:description" content="\(description)">
        <meta property="og:url" content="\(url)">
        <meta property="og:site_name" content="CondorPress">
        <meta name="twitter:card" content="summary">
        <meta name="twitter:title" content="\(title)">
        <meta name="twitter:description" content="\(description)">
        """
    }

    /// The lines of `html` from its meta description to its Twitter description.
    static func sharingTags(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<meta name=\"description\""))
        let last = try #require(html.range(of: "<meta name=\"twitter:description\""))
        let end = try #require(html.range(of: ">", range: last.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    static let base = "https://example.org/condorpress/"

    /// One page of each kind with its title, description, address and OpenGraph type.
    static let pages: [(path: String, title: String, description: String, url: String, type: String)] = [
        (
            "index.html", "Latest briefing: 2025-12-31",
            "Wednesday 2025-12-31: SPX closed at 7,099.74, the VIX at 13.57. The steward holds an iron condor "
                + "expiring 2026-01-23; no hedge layer is active. No rule fired for the steward.", base, "website"
        ),
        (
            "briefings/2023-12-15/index.html", "Briefing for 2023-12-15",
            "Friday 2023-12-15: SPX closed at 4,558.35, the VIX at 15.56. The steward holds an iron condor "
                + "expiring 2024-01-12; no hedge layer is active. No rule fired for the steward.",
            base + "briefings/2023-12-15/index.html", "article"
        ),
        (
            "briefings/2023-07-06/index.html", "Briefing for 2023-07-06",
            "Thursday 2023-07-06: SPX closed at 4,313.41, the VIX at 15.18. The steward holds no iron condor; "
                + "no hedge layer is active. Rules fired: profit-target.",
            base + "briefings/2023-07-06/index.html", "article"
        ),
        (
            "briefings/2023-03-15/index.html", "Briefing for 2023-03-15",
            "Wednesday 2023-03-15: SPX closed at 3,882.32, the VIX at 30.11. The steward holds an iron condor "
                + "expiring 2023-03-31; ALVH layer 2 is active. Rules fired: alvh-layer-2, event-window, "
                + "breakeven-breach, entry, time-shift, alvh-widen, capital-allocation.",
            base + "briefings/2023-03-15/index.html", "article"
        ),
        (
            "glossary/index.html", "Glossary", "Every term used in the briefings, explained in plain words.",
            base + "glossary/index.html", "website"
        ),
        (
            "glossary/iron-condor/index.html", "Iron condor",
            "Four options sold and bought around the index so the trader collects a credit and has a known "
                + "worst-case loss.", base + "glossary/iron-condor/index.html", "website"
        ),
        (
            "rules/index.html", "Rules", "Every rule of the strategy and how often it fired.",
            base + "rules/index.html", "website"
        ),
        (
            "rules/profit-target/index.html", "Profit target",
            "Close the condor once the cost to buy it back has fallen to a set fraction of the credit, "
                + "banking most of the gain early.", base + "rules/profit-target/index.html", "website"
        ),
        (
            "archive/index.html", "Archive", "Every published trading day and the rules that fired.",
            base + "archive/index.html", "website"
        ),
        (
            "archive/2023/index.html", "Archive 2023", "Every trading day of 2023 and the rules that fired.",
            base + "archive/2023/index.html", "website"
        ),
        (
            "archive/columns/index.html", "Archive columns",
            "What each column of outcomes.csv, outcomes.json and outcomes.sqlite holds.",
            base + "archive/columns/index.html", "website"
        ),
        (
            "stats/index.html", "Statistics", "Metrics and charts of the three profiles.", base + "stats/index.html",
            "website"
        ),
        (
            "about/index.html", "About CondorPress",
            "What CondorPress is, what its daily briefings show, where its rules come from and who it is "
                + "written for.", base + "about/index.html", "website"
        ),
        (
            "404.html", "Page not found",
            "There is no page at this address; the latest briefing, the archive and the glossary are good "
                + "places to continue.", base + "404.html", "website"
        ),
    ]

    @Test("each page kind carries its description, canonical address and OpenGraph and Twitter tags", arguments: pages.map(\.path))
    func pageKind(path: String) throws {
        let page = try #require(Self.pages.first { $0.path == path })
        let html = try BundledSampleSite.text(path)
        #expect(
            try Self.sharingTags(html)
                == Self.tags(title: page.title, description: page.description, url: page.url, type: page.type))
        #expect(html.contains("<title>\(page.title) · CondorPress</title>"))
        #expect(!html.contains("og:image") && !html.contains("twitter:image"))
    }

    @Test("every page of the sample has a real description and its own canonical address, once")
    func everyPage() throws {
        let files = try FolderSnapshot(of: try BundledSampleSite.output.get()).files
        var descriptions: Set<String> = []
        var pages = 0
        for (path, data) in files where path.hasSuffix(".html") {
            pages += 1
            let html = String(decoding: data, as: UTF8.self)
            let values = { (name: String) in Self.values(of: name, in: html) }
            let description = values("description")
            #expect(description.count == 1, "\(path)")
            let text = description.first ?? ""
            #expect(text.count >= 30 && text.hasSuffix("."), "\(path): \(text)")
            #expect(!text.localizedCaseInsensitiveContains("lorem") && !text.contains("TODO"), "\(path)")
            descriptions.insert(text)
            let url = path == "index.html" ? Self.base : Self.base + path
            #expect(html.components(separatedBy: "<link rel=\"canonical\" href=\"\(url)\">").count == 2, "\(path)")
            #expect(values("og:url") == [url], "\(path)")
            #expect(values("og:description") == description, "\(path)")
            #expect(values("twitter:description") == description, "\(path)")
            #expect(values("og:type") == [path.hasPrefix("briefings/") ? "article" : "website"], "\(path)")
        }
        #expect(pages > 800)
        // Briefings describe their own day: no two pages but the home page and its briefing share one.
        #expect(descriptions.count == pages - 1)
    }

    /// The `content` of every `<meta name="NAME">` or `<meta property="NAME">` in `html`.
    static func values(of name: String, in html: String) -> [String] {
        let attribute = name.hasPrefix("og:") ? "property" : "name"
        return html.components(separatedBy: "<meta \(attribute)=\"\(name)\" content=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
    }
}
