import Foundation
import Testing

@testable import OutputStore

/// The published site the in-place tests start from.
let publishedSite: [String: String] = [
    "index.html": "<p>home</p>\n",
    "archive/outcomes.json": "[\n{\"n\":1}\n]\n",
    "archive/outcomes.csv": "n\n1\n",
    "briefings/2024-01-02/index.html": "<p>second of January</p>\n",
    "briefings/2024-01-02/briefing.md": "# 2 January\n",
    "briefings/2024-01-03/index.html": "<p>third of January</p>\n",
    "retired/2023/notes.txt": "gone soon\n",
]

@Suite("In-place output")
struct InPlaceOutputTests {
    @Test("a commit writes changed and new files, appends, removes, prunes emptied folders, and leaves no journal")
    func commitUpdatesTheSiteExactly() throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let original = try site.tree()
        let untouchedInode = try site.inode("briefings/2024-01-02/index.html")
        let output = try InPlaceOutput(output: site.output.path)
        #expect(output.output.path == site.output.path)
        #expect(output.staging.path == site.staging.path)
        #expect(site.exists(site.staging))

        try output.write("<p>home, new</p>\n", to: "index.html")
        try output.write(Data("<p>second of January</p>\n".utf8), to: "briefings/2024-01-02/index.html")
        try output.write("<p>fourth</p>\n", to: "briefings/2024-01-04/notes/index.html")
        #expect(
            output.append(
                Data(",\n{\"n\":2}\n]\n".utf8), to: "archive/outcomes.json", replacingTail: Data("\n]\n".utf8)))
        #expect(output.append(Data("2\n".utf8), to: "archive/outcomes.csv", replacingTail: Data()))
        output.keep("briefings/2024-01-02/briefing.md")
        output.remove("briefings/2024-01-03/index.html")
        output.remove("retired/2023/notes.txt")

        // The identical file is not staged; nothing reached the output yet.
        #expect(output.changedFiles == 6)
        #expect(try site.tree() == original)
        #expect(FileManager.default.fileExists(atPath: site.staging.appendingPathComponent("index.html").path))
        #expect(
            !FileManager.default.fileExists(
                atPath: site.staging.appendingPathComponent("briefings/2024-01-02/index.html").path))
        #expect(
            output.producedPaths == [
                "index.html", "briefings/2024-01-02/index.html", "briefings/2024-01-04/notes/index.html",
                "archive/outcomes.json", "archive/outcomes.csv", "briefings/2024-01-02/briefing.md",
            ])

        try output.commit()

        let expected = ScratchSite.Tree(
            files: [
                "index.html": Data("<p>home, new</p>\n".utf8),
                "archive/outcomes.json": Data("[\n{\"n\":1},\n{\"n\":2}\n]\n".utf8),
                "archive/outcomes.csv": Data("n\n1\n2\n".utf8),
                "briefings/2024-01-02/index.html": Data("<p>second of January</p>\n".utf8),
                "briefings/2024-01-02/briefing.md": Data("# 2 January\n".utf8),
                "briefings/2024-01-04/notes/index.html": Data("<p>fourth</p>\n".utf8),
            ],
            folders: [
                "archive", "briefings", "briefings/2024-01-02", "briefings/2024-01-04", "briefings/2024-01-04/notes",
            ])
        #expect(try site.tree() == expected)
        #expect(try site.siblings() == [])
        #expect(try site.inode("briefings/2024-01-02/index.html") == untouchedInode)
    }

    @Test("append refuses, recording nothing, when the file is missing, too short or ends otherwise")
    func appendRefusals() throws {
        let site = try ScratchSite(["a.json": "[\n{}\n]\n", "short.txt": "]\n"])
        defer { site.remove() }
        let output = try InPlaceOutput(output: site.output.path)
        let tail = Data("\n]\n".utf8)
        #expect(!output.append(Data(",{}\n]\n".utf8), to: "missing.json", replacingTail: tail))
        #expect(!output.append(Data(",{}\n]\n".utf8), to: "missing.csv", replacingTail: Data()))
        #expect(!output.append(Data(",{}\n]\n".utf8), to: "short.txt", replacingTail: tail))
        #expect(!output.append(Data(",{}\n]\n".utf8), to: "a.json", replacingTail: Data("}\n]\n\n".utf8)))
        #expect(!output.append(Data(",{}\n]\n".utf8), to: "a.json", replacingTail: Data("\n}\n".utf8)))
        #expect(output.changedFiles == 0)
        #expect(output.producedPaths.isEmpty)
        let before = try site.tree()
        try output.commit()
        #expect(try site.tree() == before)
        #expect(try site.siblings() == [])
    }

    @Test("appending exactly the tail keeps the file and counts no change")
    func appendOfTheTailItself() throws {
        let site = try ScratchSite(["a.json": "[\n{}\n]\n"])
        defer { site.remove() }
        let output = try InPlaceOutput(output: site.output.path)
        #expect(output.append(Data("\n]\n".utf8), to: "a.json", replacingTail: Data("\n]\n".utf8)))
        #expect(output.changedFiles == 0)
        #expect(output.producedPaths == ["a.json"])
        try output.commit()
        #expect(site.text("a.json") == "[\n{}\n]\n")
        #expect(try site.siblings() == [])
    }

    @Test("an append may shorten the file: the new bytes replace the tail exactly")
    func appendShorterThanTail() throws {
        let site = try ScratchSite(["a.txt": "keep|0123456789"])
        defer { site.remove() }
        let output = try InPlaceOutput(output: site.output.path)
        #expect(output.append(Data("xy".utf8), to: "a.txt", replacingTail: Data("0123456789".utf8)))
        #expect(output.changedFiles == 1)
        try output.commit()
        #expect(site.text("a.txt") == "keep|xy")
    }

    @Test("writing the published bytes again changes nothing and leaves no journal or staging folder")
    func identicalWrites() throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let original = try site.tree()
        let inodes = try publishedSite.keys.reduce(into: [String: UInt64]()) { $0[$1] = try site.inode($1) }
        let output = try InPlaceOutput(output: site.output.path)
        for (path, text) in publishedSite.sorted(by: { $0.key < $1.key }) {
            if path.hasSuffix(".md") {
                try output.write(Data(text.utf8), to: path)
            } else {
                try output.write(text, to: path)
            }
        }
        #expect(output.changedFiles == 0)
        #expect(output.producedPaths == Set(publishedSite.keys))
        try output.commit()
        #expect(try site.tree() == original)
        #expect(try site.siblings() == [])
        for (path, inode) in inodes { #expect(try site.inode(path) == inode, "\(path) was rewritten") }
    }

    @Test("a write of the same length but other bytes, or of an empty file, is a change")
    func sameLengthOtherBytes() throws {
        let site = try ScratchSite(["a.txt": "abc", "b.txt": "x"])
        defer { site.remove() }
        try site.put(Data(), at: "empty.txt")
        let output = try InPlaceOutput(output: site.output.path)
        try output.write("abd", to: "a.txt")
        try output.write("", to: "empty.txt")
        try output.write("", to: "b.txt")
        #expect(output.changedFiles == 2)
        try output.commit()
        #expect(site.text("a.txt") == "abd")
        #expect(site.bytes("b.txt") == Data())
        #expect(site.bytes("empty.txt") == Data())
    }

    @Test("a staged copy holds the published bytes; changed, it replaces the published file on commit")
    func stagedCopy() throws {
        let site = try ScratchSite(["archive/outcomes.sqlite": "database v1"])
        defer { site.remove() }
        let output = try InPlaceOutput(output: site.output.path)
        #expect(try output.copyOfPublished("archive/missing.sqlite") == nil)
        #expect(output.changedFiles == 0)
        let copy = try #require(try output.copyOfPublished("archive/outcomes.sqlite"))
        #expect(copy.path == site.staging.path + "/archive/outcomes.sqlite")
        #expect(FileManager.default.contents(atPath: copy.path) == Data("database v1".utf8))
        #expect(output.changedFiles == 1)
        #expect(output.producedPaths == ["archive/outcomes.sqlite"])
        try Data("database v2, longer".utf8).write(to: copy)
        #expect(site.text("archive/outcomes.sqlite") == "database v1")
        try output.commit()
        #expect(site.text("archive/outcomes.sqlite") == "database v2, longer")
        #expect(try site.siblings() == [])
    }

    @Test("discard removes the staging folder and leaves the site as it was")
    func discard() throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let original = try site.tree()
        let output = try InPlaceOutput(output: site.output.path)
        try output.write("changed", to: "index.html")
        try output.write("new", to: "new/page.html")
        #expect(output.append(Data("2\n".utf8), to: "archive/outcomes.csv", replacingTail: Data()))
        output.remove("retired/2023/notes.txt")
        output.discard()
        #expect(try site.tree() == original)
        #expect(try site.siblings() == [])
    }

    @Test("a new in-place output rolls back an interrupted update first")
    func initRecovers() throws {
        let site = try ScratchSite(["index.html": "old"])
        defer { site.remove() }
        let journal = RollbackJournal(output: site.output)
        try FileManager.default.createDirectory(atPath: journal.folder.path + "/old", withIntermediateDirectories: true)
        #expect(link(site.output.path + "/index.html", journal.old(1)) == 0)
        try Data("replace 1 index.html\n".utf8).write(to: journal.folder.appendingPathComponent("entries"))
        try Data("active\n".utf8).write(to: journal.marker)
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("index.html"))
        try site.put("half-written new page", at: "index.html")

        let output = try InPlaceOutput(output: site.output.path)
        #expect(site.text("index.html") == "old")
        #expect(try site.siblings() == ["site.staging"])
        output.discard()
        #expect(try site.siblings() == [])
    }

    @Test("a file written twice publishes the last bytes written, even when they are the published ones")
    func lastWriteWins() throws {
        let site = try ScratchSite(["page.html": "published"])
        defer { site.remove() }
        let output = try InPlaceOutput(output: site.output.path)
        try output.write("draft", to: "page.html")
        try output.write("published", to: "page.html")
        #expect(output.changedFiles == 0)
        try output.commit()
        #expect(site.text("page.html") == "published")
    }

    @Test("changedFiles counts only removals of files the site holds")
    func removalOfAMissingFile() throws {
        let site = try ScratchSite(["page.html": "published"])
        defer { site.remove() }
        let output = try InPlaceOutput(output: site.output.path)
        output.remove("never/published.html")
        #expect(output.changedFiles == 0)
        try output.commit()
        #expect(site.text("page.html") == "published")
        #expect(try site.siblings() == [])
    }
}
