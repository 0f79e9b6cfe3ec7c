import Foundation
import MarketData
import Testing

@testable import Publishing

@Suite("Building the site", .serialized)
struct SiteBuildTests {
    @Test("one briefing per trading day, every internal link resolves, identical bytes on a rebuild")
    func completeAndDeterministic() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let summary = try fixture.build()
        let days = try MarketDataLoader(directory: fixture.data.path).load().series.days
        #expect(summary.briefings == days.count)
        for day in days {
            #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("briefings/\(day.date.iso)/index.html").path))
            #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("briefings/\(day.date.iso)/briefing.md").path))
        }
        let briefingFolders = try FileManager.default.contentsOfDirectory(atPath: fixture.output.appendingPathComponent("briefings").path)
        #expect(briefingFolders.count == days.count)
        #expect(try LinkChecker(directory: fixture.output.path).problems() == [])
        let first = try fixture.snapshot()
        try fixture.build()
        let second = try fixture.snapshot()
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(first == second)
    }

    @Test("every page says it is educational, modelled and not advice, and loads nothing external")
    func noticeOnEveryPage() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-03-29")
        defer { fixture.remove() }
        try fixture.build()
        for (path, data) in try fixture.snapshot() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("This site is educational. Its option prices are modelled"), "\(path)")
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("src=\"http"), "\(path)")
            // The site's own address (canonical and OpenGraph links, the 404 page's links) is not external.
            let foreign = html.replacingOccurrences(of: "href=\"https://example.org/site/", with: "")
                .replacingOccurrences(of: "content=\"https://example.org/site/", with: "")
            #expect(!foreign.contains("href=\"http") || path.hasPrefix("glossary") || path.hasPrefix("about"), "\(path)")
            #expect(!foreign.contains("stylesheet\" href=\"http"), "\(path)")
        }
    }

    @Test("glossary links never sit inside code, headings or other links")
    func glossaryLinkPlacement() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-03-29")
        defer { fixture.remove() }
        try fixture.build()
        for (path, data) in try fixture.snapshot() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let body = html.components(separatedBy: "<main id=\"main\">").last ?? html
            for element in ["h1", "h2", "h3", "h4", "h5", "h6", "code", "pre"] {
                for chunk in body.components(separatedBy: "<\(element)").dropFirst() {
                    let inside = chunk.components(separatedBy: "</\(element)>").first ?? ""
                    #expect(!inside.contains("glossary/"), "\(path): glossary link inside <\(element)>")
                }
            }
            for chunk in body.components(separatedBy: "<a ").dropFirst() {
                let inside = chunk.components(separatedBy: "</a>").first ?? ""
                #expect(!inside.contains("<a "), "\(path): nested link")
            }
        }
    }

    @Test("hostile event names come out escaped in Markdown and HTML")
    func hostileTextIsEscaped() throws {
        let hostile = "2024-03-26,\"<script>alert('x')</script> *bold* [link](http://evil.example) & more\",FOMC\n"
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-03-25", extraEvents: hostile)
        defer { fixture.remove() }
        try fixture.build()
        let html = try fixture.read("briefings/2024-03-25/index.html")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; *bold* [link](http://evil.example) &amp; more"))
        #expect(!html.contains("href=\"http://evil.example\""))
        let markdown = try fixture.read("briefings/2024-03-25/briefing.md")
        #expect(markdown.contains("\\<script\\>alert('x')\\</script\\> \\*bold\\* \\[link\\](http\\://evil.example) \\& more"))
    }

    @Test("a failed build leaves the previous output untouched")
    func failedBuildKeepsPreviousSite() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-03-29")
        defer { fixture.remove() }
        try fixture.build()
        let before = try fixture.snapshot()
        let spx = fixture.data.appendingPathComponent("spx.csv")
        var text = String(decoding: try Data(contentsOf: spx), as: UTF8.self)
        text = text.replacingOccurrences(of: "\n2024-02-01,", with: "\n2024-02-01,abc")
        try Data(text.utf8).write(to: spx)
        #expect(throws: PublishingErrors.self) { try fixture.build() }
        #expect(try fixture.snapshot() == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).sorted()
        #expect(siblings == ["Output", "data"])
    }
}
