import Foundation
import Testing

@testable import Publishing

@Suite("Static files")
struct StaticFilesTests {
    static let generated: Set<String> = [
        "index.html", "feed.xml", "briefings/2024-01-02/index.html", "glossary/vix/index.html",
        ".condorpress/manifest",
    ]

    @Test("files beside or below the generated ones do not collide")
    func noCollision() {
        let files = [
            "CNAME", "robots.txt", "favicon.ico", ".well-known/security.txt", "glossary/vix.png", "img/a/b.png",
        ]
        #expect(StaticFiles.collisions(files, generated: Self.generated).isEmpty)
    }

    @Test("a generated path, a generated folder or a generated file above are collisions, named both ways")
    func collisions() {
        let files = ["feed.xml", "briefings", "index.html/x", ".condorpress/extra", "glossary/vix/index.html"]
        #expect(
            StaticFiles.collisions(files, generated: Self.generated) == [
                StaticFiles.Collision(file: "feed.xml", generated: "feed.xml"),
                StaticFiles.Collision(file: "briefings", generated: "briefings/2024-01-02/index.html"),
                StaticFiles.Collision(file: "index.html/x", generated: "index.html"),
                StaticFiles.Collision(file: ".condorpress/extra", generated: ".condorpress"),
                StaticFiles.Collision(file: "glossary/vix/index.html", generated: "glossary/vix/index.html"),
            ])
    }

    @Test("the listing holds every regular file, hidden and nested ones too, sorted; none for a missing folder")
    func listing() throws {
        let site = try ScratchSite(["CNAME": "example.org\n", ".well-known/security.txt": "x", "img/a/b.png": "png"])
        defer { site.remove() }
        #expect(StaticFiles.list(site.output.path) == [".well-known/security.txt", "CNAME", "img/a/b.png"])
        #expect(StaticFiles.list(site.output.path + "/missing").isEmpty)
    }
}
