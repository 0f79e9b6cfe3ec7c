import Foundation
import Testing

@testable import OutputStore

@Suite("Removing an old site")
struct TreeRemovalTests {
    private let manager = FileManager.default

    /// An old site in `root/site` with nested folders and a link to `root/outside`, whose file must survive.
    private func oldSite(in site: ScratchSite) throws -> (outside: URL, keptFile: URL) {
        for path in ["index.html", "a/b/c/page.html", "a/b/other.html", "a/empty/.keep", "z.css"] {
            try site.put("x", at: path)
        }
        try manager.createDirectory(at: site.output.appendingPathComponent("a/empty-folder"), withIntermediateDirectories: true)
        let outside = site.root.appendingPathComponent("outside")
        try manager.createDirectory(at: outside.appendingPathComponent("inner"), withIntermediateDirectories: true)
        let keptFile = outside.appendingPathComponent("inner/kept.txt")
        try Data("kept".utf8).write(to: keptFile)
        try manager.createSymbolicLink(at: site.output.appendingPathComponent("a/b/link"), withDestinationURL: outside)
        try manager.createSymbolicLink(
            at: site.output.appendingPathComponent("file-link"), withDestinationURL: keptFile)
        return (outside, keptFile)
    }

    @Test("nested folders are removed; a link is removed as a link and its target outside survives")
    func removesTreeWithoutFollowingLinks() throws {
        let site = try ScratchSite()
        defer { site.remove() }
        let (outside, keptFile) = try oldSite(in: site)
        try TreeRemoval.remove(site.output.path)
        #expect(!site.exists(site.output))
        #expect(try Data(contentsOf: keptFile) == Data("kept".utf8))
        #expect(try manager.contentsOfDirectory(atPath: outside.path) == ["inner"])
    }

    @Test("a link given as the tree is removed as a link, its target untouched")
    func topLevelLink() throws {
        let site = try ScratchSite(["page.html": "x"])
        defer { site.remove() }
        let link = site.root.appendingPathComponent("link")
        try manager.createSymbolicLink(at: link, withDestinationURL: site.output)
        try TreeRemoval.remove(link.path)
        #expect(site.text("page.html") == "x")
        #expect((try? manager.destinationOfSymbolicLink(atPath: link.path)) == nil)
    }

    @Test("a missing tree is an error naming it")
    func missingTree() throws {
        let site = try ScratchSite()
        defer { site.remove() }
        let missing = site.root.appendingPathComponent("missing").path
        #expect(throws: OutputError(path: missing, message: "cannot remove this file or folder: no such file or directory")) {
            try TreeRemoval.remove(missing)
        }
    }

    @Test("a large old site is moved aside and removed in the background, its link target intact")
    func backgroundRemoval() async throws {
        let site = try ScratchSite()
        defer { site.remove() }
        let (_, keptFile) = try oldSite(in: site)
        let old = site.root.appendingPathComponent("site.staging")
        try manager.moveItem(at: site.output, to: old)
        let aside = StagedOutput.sibling(site.output, suffix: BackgroundRemoval.marker + String(getpid()))
        #expect(try BackgroundRemoval.start(old, beside: site.output))
        #expect(!site.exists(old))
        for _ in 0..<200 where site.exists(aside) { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!site.exists(aside))
        #expect(try Data(contentsOf: keptFile) == Data("kept".utf8))
    }

    @Test("a folder already named like the one to remove is never replaced")
    func neverReplaces() throws {
        let site = try ScratchSite(["page.html": "x"])
        defer { site.remove() }
        let aside = StagedOutput.sibling(site.output, suffix: BackgroundRemoval.marker + String(getpid()))
        try manager.createDirectory(at: aside, withIntermediateDirectories: true)
        let old = site.root.appendingPathComponent("old")
        try manager.createDirectory(at: old, withIntermediateDirectories: true)
        #expect(try !BackgroundRemoval.start(old, beside: site.output))
        #expect(site.exists(old) && site.exists(aside))
    }

    @Test("recovery removes a leftover <output>.removing-<pid> and never a sibling named otherwise")
    func recoveryRemovesOnlyOurLeftovers() throws {
        let site = try ScratchSite(["page.html": "x"])
        defer { site.remove() }
        let leftover = site.root.appendingPathComponent("site.removing-4242")
        try manager.createDirectory(at: leftover.appendingPathComponent("2020/01"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: leftover.appendingPathComponent("2020/01/index.html"))
        let foreign = ["site.removing-", "site.removing-12.bak", "site.removing-abc", "other.removing-12", "site.removing"]
        for name in foreign {
            try manager.createDirectory(
                at: site.root.appendingPathComponent(name + "/keep"), withIntermediateDirectories: true)
        }
        let notes = try StagedOutput.recover(output: site.output)
        #expect(notes == ["removed site.removing-4242, an old site whose removal was cut short"])
        #expect(!site.exists(leftover))
        for name in foreign { #expect(site.exists(site.root.appendingPathComponent(name + "/keep"))) }
        #expect(site.text("page.html") == "x")
    }
}
