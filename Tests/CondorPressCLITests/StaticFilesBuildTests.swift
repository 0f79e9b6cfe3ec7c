import Foundation
import Testing

@Suite("Content/static is copied into every build", .serialized)
struct StaticFilesBuildTests {
    /// A copy of the bundled content with static files, sample data, and the build arguments for them.
    static func makeSite(in folder: URL) throws -> (content: URL, arguments: [String]) {
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent("Content"), to: content)
        let statics = content.appendingPathComponent("static")
        try FileManager.default.createDirectory(
            at: statics.appendingPathComponent(".well-known"), withIntermediateDirectories: true)
        try Data("www.example.org\n".utf8).write(to: statics.appendingPathComponent("CNAME"))
        try Data("Contact: mailto:a@example.org\n".utf8).write(
            to: statics.appendingPathComponent(".well-known/security.txt"))
        let data = folder.appendingPathComponent("data").path
        let generate = try CLI.run([
            "sample-data", "--seed", "6", "--from", "2023-01-03", "--to", "2023-03-31", "--out", data,
        ])
        #expect(generate.status == 0, "\(generate.stderr)")
        return (
            content,
            [
                "--content", content.path, "--config", content.path + "/condorpress.yml", "--data", data,
                "--templates", CLI.repository.appendingPathComponent("Templates").path,
                "--base-url", "https://condor.test/",
            ]
        )
    }

    @Test("static files survive --full and incremental builds; a removed one leaves the site")
    func staticFiles() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (content, arguments) = try Self.makeSite(in: folder)
        let output = folder.appendingPathComponent("Output")
        let statics = content.appendingPathComponent("static")

        let first = try CLI.run(["build"] + arguments + ["--output", output.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try Data(contentsOf: output.appendingPathComponent("CNAME")) == Data("www.example.org\n".utf8))
        #expect(
            try Data(contentsOf: output.appendingPathComponent("robots.txt")) == Data("User-agent: *\nAllow: /\n".utf8))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".well-known/security.txt").path))

        let full = try CLI.run(["build"] + arguments + ["--output", output.path, "--full"])
        #expect(full.status == 0, "\(full.stderr)")
        #expect(try Data(contentsOf: output.appendingPathComponent("CNAME")) == Data("www.example.org\n".utf8))
        let incremental = try CLI.run(["build"] + arguments + ["--output", output.path])
        #expect(incremental.status == 0, "\(incremental.stderr)")
        #expect(incremental.stdout.hasSuffix(" 0 written or removed) into \(output.path)\n"), "\(incremental.stdout)")
        #expect(try Data(contentsOf: output.appendingPathComponent("CNAME")) == Data("www.example.org\n".utf8))

        // Removed and changed static files: only they change, in place.
        try FileManager.default.removeItem(at: statics.appendingPathComponent(".well-known"))
        try Data("example.org\n".utf8).write(to: statics.appendingPathComponent("CNAME"))
        let changed = try CLI.run(["build"] + arguments + ["--output", output.path])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.hasSuffix(" 3 written or removed) into \(output.path)\n"), "\(changed.stdout)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(".well-known").path))
        #expect(try Data(contentsOf: output.appendingPathComponent("CNAME")) == Data("example.org\n".utf8))
        let fresh = folder.appendingPathComponent("Fresh")
        #expect(try CLI.run(["build"] + arguments + ["--output", fresh.path, "--full"]).status == 0)
        #expect(try folderSnapshot(output) == folderSnapshot(fresh))
    }

    @Test("a static file with the path of a generated page is refused, naming both, and the site stays")
    func collision() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (content, arguments) = try Self.makeSite(in: folder)
        let output = folder.appendingPathComponent("Output")
        let first = try CLI.run(["build"] + arguments + ["--output", output.path])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try folderSnapshot(output)
        try Data("<rss/>".utf8).write(to: content.appendingPathComponent("static/feed.xml"))
        let result = try CLI.run(["build"] + arguments + ["--output", output.path])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: [copy static files] \(content.path)/static/feed.xml: the static file feed.xml collides "
                + "with the generated file feed.xml; rename or remove the static file\n")
        #expect(try folderSnapshot(output) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["Content", "Output", "data"])
    }

    @Test("a full build keeps files added to the published site by hand, with a warning, and never replaces one")
    func handAddedFiles() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (content, arguments) = try Self.makeSite(in: folder)
        let output = folder.appendingPathComponent("Output")
        #expect(try CLI.run(["build"] + arguments + ["--output", output.path]).status == 0)
        try Data("by hand\n".utf8).write(to: output.appendingPathComponent("HAND"))
        try Data("<p>\n".utf8).write(to: output.appendingPathComponent("glossary/extra.html"))
        let incremental = try CLI.run(["build"] + arguments + ["--output", output.path])
        #expect(incremental.status == 0)
        let note = "note: vix_futures.csv: not supplied (optional)\n"
        #expect(incremental.stderr == note)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("HAND").path))
        let full = try CLI.run(["build"] + arguments + ["--output", output.path, "--full"])
        #expect(full.status == 0)
        #expect(
            full.stderr
                == "warning: \(output.path): kept 2 files CondorPress did not publish "
                + "(HAND, glossary/extra.html); keep files the site needs in \(content.path)/static/, which every "
                + "build copies into the site\n" + note)
        #expect(try Data(contentsOf: output.appendingPathComponent("HAND")) == Data("by hand\n".utf8))
        #expect(try Data(contentsOf: output.appendingPathComponent("glossary/extra.html")) == Data("<p>\n".utf8))
        let page = output.appendingPathComponent("glossary/index.html")
        try FileManager.default.removeItem(at: page)
        try Data("mine\n".utf8).write(to: page)
        let manifest = try String(contentsOf: output.appendingPathComponent(".condorpress/manifest"), encoding: .utf8)
        try manifest.replacingOccurrences(of: "file glossary/index.html\n", with: "").write(
            to: output.appendingPathComponent(".condorpress/manifest"), atomically: true, encoding: .utf8)
        let replacing = try CLI.run(["build"] + arguments + ["--output", output.path, "--full"])
        #expect(replacing.status == 1)
        #expect(
            replacing.stderr
                == "error: [publish] \(output.path): this build would replace 1 file CondorPress did not publish "
                + "(glossary/index.html) with its own pages; move them into \(content.path)/static/ or elsewhere, "
                + "then build again\n")
        #expect(try Data(contentsOf: page) == Data("mine\n".utf8))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("CNAME").path))
    }
}
