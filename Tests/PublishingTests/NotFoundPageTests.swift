import Foundation
import Testing

@testable import Publishing

/// The 404 page works at any missing address a host serves it from.
@Suite("The 404 page")
struct NotFoundPageTests {
    @Test("the base path is the path of the site's public address, ending in a slash")
    func basePath() {
        #expect(NotFoundPage.path(of: "https://example.org/condorpress/") == "/condorpress/")
        #expect(NotFoundPage.path(of: "https://example.org/a/b") == "/a/b/")
        #expect(NotFoundPage.path(of: "https://example.org/") == "/")
        #expect(NotFoundPage.path(of: "https://example.org") == "/")
    }

    @Test("404.html resolves its stylesheet and links against the site root, wherever it is served")
    func baseElement() throws {
        let html = try BundledSampleSite.text("404.html")
        let head = try #require(html.components(separatedBy: "</head>").first)
        // <base> comes before the first element that names a URL, so it applies to all of them.
        let base = try #require(head.range(of: "<base href=\"/condorpress/\">"))
        let stylesheet = try #require(head.range(of: "<link rel=\"stylesheet\" href=\"style.css\">"))
        #expect(base.upperBound <= stylesheet.lowerBound)
        #expect(html.contains("<a href=\"archive/index.html\">archive</a>"))
        // No other page carries a <base>.
        #expect(!(try BundledSampleSite.text("index.html")).contains("<base "))
    }
}
