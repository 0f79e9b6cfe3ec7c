import Foundation
import Testing

/// Every file below `folder` with its bytes, keyed by relative path.
func folderSnapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let url = folder.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = try Data(contentsOf: url)
        }
    }
    return files
}

@Suite("Builds killed midway", .serialized)
struct InterruptedBuildTests {
    @Test("a build killed with SIGKILL leaves the previous site intact and the next build recovers", arguments: [0, 150, 400])
    func killedBuild(delayMilliseconds: Int) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data").path
        let output = folder.appendingPathComponent("Output")
        let generate = try CLI.run(["sample-data", "--seed", "3", "--from", "2023-01-03", "--to", "2023-12-29", "--out", data])
        #expect(generate.status == 0, "\(generate.stderr)")
        let first = try CLI.run(["build", "--data", data, "--output", output.path])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try folderSnapshot(output)

        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["build", "--data", data, "--output", output.path, "--full"]
        process.currentDirectoryURL = CLI.repository
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let staging = folder.appendingPathComponent("Output.staging/briefings").path
        var waited = 0
        while !FileManager.default.fileExists(atPath: staging), process.isRunning, waited < 60_000 {
            usleep(2_000)
            waited += 2
        }
        usleep(useconds_t(delayMilliseconds * 1_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        #expect(try folderSnapshot(output) == before, "the killed build changed the published site")
        let again = try CLI.run(["build", "--data", data, "--output", output.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try folderSnapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["Output", "data"])
    }
}
