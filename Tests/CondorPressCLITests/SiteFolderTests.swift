import Foundation
import Testing

/// Real processes run from folders other than the site: `--site`, missing inputs, `--base-url`.
@Suite("Site folder, missing inputs and the site's address, run as a user would", .serialized)
struct SiteFolderTests {
    /// The lines a run wrote to standard error.
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    @Test(
        "build --site from another working folder publishes, with one placeholder warning; check and evaluate follow --site"
    )
    func buildFromAnotherFolder() throws {
        let site = try CLI.siteCopy()
        let elsewhere = try CLI.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: site)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        let published = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: published) }
        let output = published.appendingPathComponent("public").path
        let build = try CLI.run(
            ["build", "--site", site.path, "--output", output, "--from", "2025-12-01"], in: elsewhere)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("Published 22 briefings"))
        #expect(build.stdout.hasSuffix(" into \(output)\n"))
        #expect(FileManager.default.fileExists(atPath: output + "/briefings/2025-12-31/index.html"))
        let placeholder = lines(build.stderr).filter { $0.contains("placeholder") }
        #expect(
            placeholder == [
                "warning: the feeds, sitemap.xml and every page's canonical link carry the placeholder address https://example.org/condorpress/; "
                    + "set site.baseURL in \(site.path)/Content/condorpress.yml to the site's public address, or pass --base-url URL"
            ])
        let feed = try String(contentsOfFile: output + "/feed.xml", encoding: .utf8)
        #expect(feed.contains("<link href=\"https://example.org/condorpress/feed.xml\" rel=\"self\"/>"))

        let check = try CLI.run(["check", "-s", site.path, "--links", output], in: elsewhere)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasSuffix("; every internal link in \(output) resolves\n"))
        #expect(lines(check.stderr).filter { $0.contains("placeholder") } == placeholder)
        let builtSite = try CLI.run(["check", "--site", output], in: elsewhere)
        #expect(builtSite.status == 1)
        #expect(lines(builtSite.stderr).last == "note: \(output) looks like a built site: check its links with --links \(output)")
        let evaluate = try CLI.run(["evaluate", "--site", site.path, "--from", "2025-12-31"], in: elsewhere)
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        #expect(lines(evaluate.stdout).count == 2)
        let markdown = try CLI.run(["markdown", "-s", site.path, "-"], input: "An iron condor.\n", in: elsewhere)
        #expect(markdown.stdout.contains("<a href=\"glossary/iron-condor/index.html\""))
    }

    @Test(
        "build --site without --output publishes into SITE/Output, with the address given by --base-url and a / added")
    func outputDefaultsIntoTheSite() throws {
        let site = try CLI.siteCopy()
        let elsewhere = try CLI.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: site)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        let build = try CLI.run(
            ["build", "-s", site.path, "--from", "2025-12-22", "--base-url", "https://condor.test/daily"], in: elsewhere
        )
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("placeholder"))
        let output = site.appendingPathComponent("Output").path
        #expect(build.stdout.hasSuffix(" into \(output)\n"))
        let feed = try String(contentsOfFile: output + "/feed.xml", encoding: .utf8)
        #expect(feed.contains("<link href=\"https://condor.test/daily/feed.xml\" rel=\"self\"/>"))
        let sitemap = try String(contentsOfFile: output + "/sitemap.xml", encoding: .utf8)
        #expect(sitemap.contains("<loc>https://condor.test/daily/briefings/2025-12-31/index.html</loc>"))
    }

    @Test("--content DIR alone moves --data and --config with it")
    func contentMovesDataAndConfig() throws {
        let site = try CLI.siteCopy()
        defer { try? FileManager.default.removeItem(at: site) }
        let content = site.appendingPathComponent("Content").path
        let evaluate = try CLI.run(
            ["evaluate", "--content", content, "--from", "2025-12-31"], in: site.deletingLastPathComponent())
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        let check = try CLI.run(
            ["check", "--content", content, "--templates", site.appendingPathComponent("Templates").path],
            in: site.deletingLastPathComponent())
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("\(content)/data: "))
        #expect(check.stdout.contains("\(content)/condorpress.yml, \(content), "))
    }

    @Test("check and build in a folder without Content/ name the missing folders first, before any work")
    func missingInputsFromAnotherFolder() throws {
        let elsewhere = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        for command in [["check"], ["build"]] {
            let result = try CLI.run(command, in: elsewhere)
            #expect(result.status == 1)
            #expect(result.stdout == "")
            let stderr = lines(result.stderr)
            #expect(stderr.count == 3)
            #expect(
                stderr.first
                    == "error: Content: expected the content folder (glossary/, rules/, pages/), found no such folder")
            #expect(
                stderr.dropFirst().first
                    == "error: Templates: expected the templates folder (layout.mustache and the page templates), found no such folder"
            )
            #expect(
                stderr.last?.hasPrefix(
                    "note: run condorpress from the site folder or pass --site DIR (the defaults are relative to the working folder /"
                )
                    == true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        let nowhere = elsewhere.appendingPathComponent("nowhere").path
        let site = try CLI.run(["check", "--site", nowhere], in: elsewhere)
        #expect(site.stderr == "error: \(nowhere): expected the site folder given with --site, found no such folder\n")
        let evaluate = try CLI.run(["evaluate", "--config", nowhere], in: CLI.repository)
        #expect(
            evaluate.stderr
                == "error: \(nowhere): expected the configuration file condorpress.yml, found no such file\n")
    }

    @Test("a template missing at render time names the templates folder")
    func templateErrorNamesTheFolder() throws {
        let site = try CLI.siteCopy()
        defer { try? FileManager.default.removeItem(at: site) }
        let templates = site.appendingPathComponent("Templates").path
        try FileManager.default.removeItem(atPath: templates + "/briefing.md.mustache")
        let output = site.appendingPathComponent("public").path
        let build = try CLI.run(
            ["build", "-s", site.path, "--output", output, "--from", "2025-12-31"], in: CLI.repository)
        #expect(build.status == 1)
        #expect(
            build.stderr.contains(
                "\(templates)/briefing.md.mustache: no template named \"briefing.md\" in the templates folder \(templates)"
            ))
    }

    @Test(
        "a refused --base-url names the option and what was expected, before any work",
        arguments: [
            (
                "example.com",
                #"--base-url: expected an absolute address starting with http:// or https://, found "example.com" (did you mean "https://example.com/"?)"#
            ),
            (
                "javascript:alert(1)//",
                #"--base-url: expected an absolute http:// or https:// address, found "javascript:alert(1)//" (scheme javascript:)"#
            ),
            (
                "data:text/html,hi",
                #"--base-url: expected an absolute http:// or https:// address, found "data:text/html,hi" (scheme data:)"#
            ),
            (
                "not a url",
                #"--base-url: expected an address of printable ASCII characters without spaces, found "not a url""#
            ),
        ])
    func refusedBaseURLFlag(value: String, message: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let result = try CLI.run(["build", "--output", output, "--base-url", value])
        #expect(result.status == 1)
        #expect(result.stderr == "error: [load configuration] \(message)\n")
        #expect(!FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    @Test("a refused site.baseURL names the configuration file, the line and the key")
    func refusedBaseURLInTheConfiguration() throws {
        let site = try CLI.siteCopy()
        defer { try? FileManager.default.removeItem(at: site) }
        let config = site.appendingPathComponent("Content/condorpress.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try text.replacingOccurrences(
            of: "baseURL: https://example.org/condorpress/", with: "baseURL: \"data:text/html,x\""
        )
        .write(to: config, atomically: true, encoding: .utf8)
        let build = try CLI.run(
            ["build", "--site", site.path, "--output", site.appendingPathComponent("public").path], in: CLI.repository)
        #expect(build.status == 1)
        #expect(
            build.stderr
                == "error: [load configuration] \(config.path):8: site.baseURL: expected an absolute http:// or https:// address, found \"data:text/html,x\" (scheme data:)\n"
        )
        let check = try CLI.run(["check"], in: site)
        #expect(check.status == 1)
        #expect(
            check.stderr.contains(
                "Content/condorpress.yml:8: site.baseURL: expected an absolute http:// or https:// address, found \"data:text/html,x\" (scheme data:)"
            ))
    }

    @Test("price --vol 38.4 is refused as a percent, run as a user would")
    func pricePercent() throws {
        let result = try CLI.run([
            "price", "--type", "call", "--spot", "100", "--strike", "100", "--days", "30", "--vol", "38.4",
        ])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: --vol 38.4 looks like a percent; pass 0.384 for 38.4 %\n"))
        #expect(result.stdout == "")
    }
}
