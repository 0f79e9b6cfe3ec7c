import Foundation
import Testing

@testable import Publishing

/// The 404 page works at any missing address a host serves it from.
@Suite("The 404 page")
struct NotFoundPageTests {
    @Test("404.html names its stylesheet, feeds and every link absolutely, from the site's base URL")
    func absoluteLinks() throws {
        let html = try BundledSampleSite.text("404.html")
        let head = try #require(html.components(separatedBy: "</head>").first)
        #expect(head.contains("<link rel=\"stylesheet\" href=\"https://example.org/condorpress/style.css\">"))
        #expect(
            head.contains(
                "<link rel=\"alternate\" type=\"application/feed+json\" title=\"CondorPress\" href=\"https://example.org/condorpress/feed.json\">"
            ))
        #expect(!html.contains("<base "))
        #expect(
            html.contains(
                "<p>There is no page at this address. The <a href=\"https://example.org/condorpress/index.html\">latest briefing</a>, "
                    + "the <a href=\"https://example.org/condorpress/archive/index.html\">archive</a> of every trading day and the "
                    + "<a href=\"https://example.org/condorpress/glossary/index.html\">glossary</a> are good places to continue.</p>"
            ))
        let links = LinkChecker.attributeValues(named: "href", in: html) + LinkChecker.attributeValues(named: "src", in: html)
        // Every address but the skip link's fragment (which stays on the page) is absolute.
        let relative = links.map(\.value).filter { !$0.hasPrefix("https://example.org/condorpress/") && $0 != "#main" }
        #expect(relative == [])
        #expect(links.count == 21)
    }

    @Test("the 404 page's links follow --base-url; every other page keeps relative links")
    func followsBaseURL() throws {
        let fixture = try SiteFixture(from: "2024-01-02", to: "2024-02-29")
        defer { fixture.remove() }
        try fixture.build()
        let html = try fixture.read("404.html")
        #expect(html.contains("<link rel=\"stylesheet\" href=\"https://example.org/site/style.css\">"))
        #expect(html.contains("<a href=\"https://example.org/site/archive/index.html\">Archive</a>"))
        #expect(try fixture.read("index.html").contains("<link rel=\"stylesheet\" href=\"style.css\">"))
        #expect(try fixture.read("glossary/index.html").contains("<a href=\"../archive/index.html\">Archive</a>"))
    }
}
