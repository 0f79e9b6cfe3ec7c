import Foundation
import Testing

/// Whether `url` is a symbolic link (not followed).
func isSymbolicLink(_ url: URL) -> Bool {
    var status = stat()
    return lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
}

@Suite("A linked output is updated through its link", .serialized)
struct LinkedOutputTests {
    @Test("first, incremental and full builds into a link fill the folder it points to; the link stays")
    func buildsThroughLink() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = folder.appendingPathComponent("full").path
        let before = folder.appendingPathComponent("before").path
        let generate = try CLI.run([
            "sample-data", "--seed", "4", "--from", "2023-01-03", "--to", "2023-04-28", "--out", full,
        ])
        #expect(generate.status == 0, "\(generate.stderr)")
        try InterruptedUpdateTests.dropLastSession(from: full, into: before)
        let sites = folder.appendingPathComponent("sites")
        try FileManager.default.createDirectory(at: sites, withIntermediateDirectories: true)
        let target = sites.appendingPathComponent("real")
        let link = folder.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "sites/real")
        let fresh = folder.appendingPathComponent("Fresh")
        #expect(try CLI.run(["build", "--data", full, "--output", fresh.path, "--full"]).status == 0)
        let next = try folderSnapshot(fresh)

        // The link's target is missing: the first build creates it beside the link's target.
        let first = try CLI.run(["build", "--data", before, "--output", link.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(isSymbolicLink(link))
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent(".condorpress/manifest").path))

        let incremental = try CLI.run(["build", "--data", full, "--output", link.path])
        #expect(incremental.status == 0, "\(incremental.stderr)")
        #expect(incremental.stdout.contains(" reused from the previous build"))
        #expect(!incremental.stdout.contains(" 0 reused from the previous build"))
        #expect(isSymbolicLink(link))
        #expect(try folderSnapshot(target) == next)

        let again = try CLI.run(["build", "--data", before, "--output", link.path, "--full"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(isSymbolicLink(link))
        let back = try CLI.run(["build", "--data", full, "--output", link.path, "--full"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(isSymbolicLink(link))
        #expect(try folderSnapshot(target) == next)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "sites/real")

        let recover = try CLI.run(["recover", "--output", link.path])
        #expect(recover.stdout == "\(link.path): nothing to recover\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "Fresh", "before", "full", "link", "sites",
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: sites.path) == ["real"])
    }
}
