import Foundation
import Testing

@Suite("condorpress build with site.search", .serialized)
struct SearchBuildTests {
    @Test("without Pagefind a build with site.search stops before any work and names how to install it")
    func missingPagefind() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, arguments) = try StaticFilesBuildTests.makeSite(in: folder)
        let output = folder.appendingPathComponent("Output")
        let empty = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let environment = ["PATH": empty.path, "CONDORPRESS_PAGEFIND": ""]
        let failed = try CLI.run(["build"] + arguments + ["--output", output.path], environment: environment)
        #expect(failed.status == 1)
        #expect(
            failed.stderr
                == "error: [load configuration] the search index (site.search) needs Pagefind, which was not found: "
                + "install it with `make browser-deps` or `pip install pagefind-bin`, set CONDORPRESS_PAGEFIND to a "
                + "pagefind command, or turn site.search off\n")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let without = try CLI.run(
            ["build"] + arguments + ["--output", output.path, "--no-search"], environment: environment)
        #expect(without.status == 0, "\(without.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("search").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind").path))
    }
}
