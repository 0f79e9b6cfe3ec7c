import Foundation
import Testing

/// The real path of an existing folder (the temporary folder may sit behind a link).
func realPath(_ url: URL) -> String {
    guard let resolved = realpath(url.path, nil) else { return url.path }
    defer { free(resolved) }
    return String(cString: resolved)
}

/// Outputs a build must refuse, tried with real builds in a temporary site whose every byte is
/// compared afterwards.
@Suite("Unsafe outputs are refused", .serialized)
struct OutputRefusalTests {
    static let replaced =
        "; a build replaces its output folder as a whole and would destroy it. "
        + "Choose a new or empty folder elsewhere with --output.\n"

    /// A temporary site: Content (with data and configuration), Templates, a folder of someone's
    /// documents, a plain file, a second configuration folder and a nested site.
    static func makeSite() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let files = [
            "Content/condorpress.yml": "site:\n  title: Mine\n",
            "Content/glossary/vix.md": "---\nterm: VIX\n---\nMine.\n",
            "Content/data/spx.csv": "date,close\n2024-01-02,4742.83\n",
            "Templates/page.mustache": "<p>{{title}}</p>\n",
            "docs/thesis.docx": "four years of work",
            "docs/cat.jpg": "\u{FF}\u{D8}\u{FF} a cat",
            "docs/notes.md": "# notes\n",
            "out.txt": "not a folder\n",
            "conf/condorpress.yml": "site:\n  title: Other\n",
            "nested/Content/glossary/vix.md": "---\nterm: VIX\n---\nNested.\n",
        ]
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link").path, withDestinationPath: "Content")
        return folder
    }

    /// Runs `build arguments…` in `directory` (`folder` unless given) and checks it fails with
    /// `message` and changes nothing in `folder`.
    static func expectRefusal(_ arguments: [String], in folder: URL, from directory: URL? = nil, message: String)
        throws
    {
        let before = try folderSnapshot(folder)
        let result = try CLI.run(["build"] + arguments, in: directory ?? folder)
        #expect(result.status == 1)
        #expect(result.stderr == message)
        #expect(result.stdout == "")
        #expect(try folderSnapshot(folder) == before, "the refused build changed \(folder.path)")
    }

    @Test("a folder of someone's documents is refused with its entries named, and kept byte for byte")
    func foreignFolder() throws {
        let folder = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.expectRefusal(
            ["--output", "docs"], in: folder,
            message: "error: docs: the output folder is not a site CondorPress published (it has no "
                + ".condorpress/manifest) and holds 3 entries (cat.jpg, notes.md, thesis.docx); a build replaces "
                + "its output folder as a whole and would delete them. Choose a new or empty folder with --output, "
                + "or remove them yourself.\n")
        try Self.expectRefusal(
            ["--output", folder.appendingPathComponent("docs").path, "--full"], in: folder,
            message: "error: \(folder.path)/docs: the output folder is not a site CondorPress published (it has no "
                + ".condorpress/manifest) and holds 3 entries (cat.jpg, notes.md, thesis.docx); a build replaces "
                + "its output folder as a whole and would delete them. Choose a new or empty folder with --output, "
                + "or remove them yourself.\n")
    }

    @Test("a plain file at the output path is refused")
    func plainFile() throws {
        let folder = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.expectRefusal(
            ["--output", "out.txt"], in: folder,
            message: "error: out.txt: the output path is a file, not a folder; a build replaces its output folder "
                + "as a whole and would delete it. Choose a new or empty folder with --output, or move the file "
                + "away yourself.\n")
    }

    @Test(
        "an output that is an input folder, the configuration's folder or the working directory is refused",
        arguments: [
            (["--output", "Content"], "Content", "is the content folder (--content) {root}/Content"),
            (["--output", "Content/data"], "Content/data", "is the data folder (--data) {root}/Content/data"),
            (["--output", "Templates"], "Templates", "is the templates folder (--templates) {root}/Templates"),
            (
                ["--config", "conf/condorpress.yml", "--output", "conf", "--full"], "conf",
                "is the folder of the configuration file (--config) {root}/conf"
            ),
            (["--output", ".", "--full"], ".", "is the working directory {root}"),
            (["--output", "link"], "link", "is the content folder (--content) {root}/Content"),
            (
                ["--output", "Content/public"], "Content/public",
                "lies inside the content folder (--content) {root}/Content"
            ),
            (
                [
                    "--content", "nested/Content", "--data", "Content/data", "--config", "Content/condorpress.yml",
                    "--output", "nested",
                ], "nested",
                "contains the content folder (--content) {root}/nested/Content"
            ),
        ])
    func protectedFolder(arguments: [String], shown: String, relation: String) throws {
        let folder = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = realPath(folder)
        try Self.expectRefusal(
            arguments, in: folder,
            message: "error: \(shown): the output folder \(relation.replacingOccurrences(of: "{root}", with: root))"
                + Self.replaced)
    }

    @Test("an output that is a repository is refused, from a folder inside it too")
    func repository() throws {
        let folder = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(".git/objects"), withIntermediateDirectories: true)
        try Data("ref: refs/heads/main\n".utf8).write(to: folder.appendingPathComponent(".git/HEAD"))
        let docs = folder.appendingPathComponent("docs")
        try Self.expectRefusal(
            ["--site", "..", "--output", ".."], in: folder, from: docs,
            message: "error: ..: the output folder is the repository \(realPath(folder))" + Self.replaced)
    }

    @Test("a file in the way of the output's folder gives build and recover a plain sentence")
    func fileInTheWay() throws {
        let folder = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let message =
            "error: \(realPath(folder))/out.txt: cannot create the folder that holds the output: file exists\n"
        try Self.expectRefusal(["--output", "out.txt/site"], in: folder, message: message)
        let recover = try CLI.run(["recover", "--output", "out.txt/site"], in: folder)
        #expect(recover.status == 1)
        #expect(recover.stderr == message)
    }
}
