import Foundation
import OutputStore
import Publishing
import Testing

/// Every file below `folder` with its bytes, keyed by relative path, and every folder (its path
/// with a trailing `/`, mapped to no bytes), so an empty folder left behind shows too.
func folderSnapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let url = folder.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            files[isDirectory.boolValue ? path + "/" : path] =
                isDirectory.boolValue ? Data() : try Data(contentsOf: url)
        }
    }
    return files
}

@Suite("Builds killed midway", .serialized)
struct InterruptedBuildTests {
    @Test(
        "a build killed with SIGKILL leaves the previous site intact and the next build recovers",
        arguments: [0, 150, 400])
    func killedBuild(delayMilliseconds: Int) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data").path
        let output = folder.appendingPathComponent("Output")
        let generate = try CLI.run([
            "sample-data", "--seed", "3", "--from", "2023-01-03", "--to", "2023-12-29", "--out", data,
        ])
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

@Suite("Incremental builds killed from outside", .serialized)
struct KilledIncrementalBuildTests {
    @Test(
        "an incremental build killed with SIGKILL at any moment leaves the previous site, or a journal that restores it",
        arguments: [0, 250, 600])
    func killedIncrementalBuild(delayMilliseconds: Int) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (full, output, previous) = try InterruptedUpdateTests.publishAllButTheLastSession(
            in: folder, seed: 9, to: "2023-12-29")
        let fresh = folder.appendingPathComponent("Fresh")
        #expect(try CLI.run(["build", "--data", full, "--output", fresh.path, "--full"]).status == 0)
        let next = try folderSnapshot(fresh)

        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["build", "--data", full, "--output", output.path]
        process.currentDirectoryURL = CLI.repository
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(delayMilliseconds * 1_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let journal = folder.appendingPathComponent("Output.journal/active").path
        if FileManager.default.fileExists(atPath: journal) {
            // Killed inside the update: recovery restores the previous site exactly.
            try StagedOutput.recover(output: output)
            #expect(try folderSnapshot(output) == previous, "recovery did not restore the previous site")
        } else {
            // Killed before the update began or after its commit point: one whole site.
            let now = try folderSnapshot(output)
            #expect(now == previous || now == next, "the output is neither the previous nor the new site")
        }
        let again = try CLI.run(["build", "--data", full, "--output", output.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try folderSnapshot(output) == next)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["Fresh", "Output", "before", "full"])
    }
}

@Suite("Incremental builds killed inside their update", .serialized)
struct InterruptedUpdateTests {
    /// Writes a copy of the CSV files in `source` without their last data row (events kept whole).
    static func dropLastSession(from source: String, into target: String) throws {
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: source) where name.hasSuffix(".csv") {
            var text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
            if name != "events.csv" {
                text.removeLast()
                text = String(text[...(text.lastIndex(of: "\n") ?? text.startIndex)])
            }
            try text.write(toFile: target + "/" + name, atomically: false, encoding: .utf8)
        }
    }

    /// Generates sample data in `folder/full`, a copy without the last session in `folder/before`,
    /// and publishes the copy into `folder/Output`.
    /// - Returns: the full data folder, the output and the snapshot of the published site.
    static func publishAllButTheLastSession(in folder: URL, seed: Int, to: String) throws -> (
        String, URL, [String: Data]
    ) {
        let full = folder.appendingPathComponent("full").path
        let before = folder.appendingPathComponent("before").path
        let output = folder.appendingPathComponent("Output")
        let generate = try CLI.run([
            "sample-data", "--seed", String(seed), "--from", "2023-01-03", "--to", to, "--out", full,
        ])
        #expect(generate.status == 0, "\(generate.stderr)")
        try dropLastSession(from: full, into: before)
        let first = try CLI.run(["build", "--data", before, "--output", output.path])
        #expect(first.status == 0, "\(first.stderr)")
        return (full, output, try folderSnapshot(output))
    }

    @Test(
        "an incremental build killed after n changes is rolled back to the previous site, byte for byte",
        arguments: [1, 4, 30])
    func killedUpdate(afterChanges changes: Int) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (full, output, previous) = try Self.publishAllButTheLastSession(in: folder, seed: 5, to: "2023-09-29")

        let killed = try CLI.run(
            ["build", "--data", full, "--output", output.path],
            environment: ["CONDORPRESS_KILL_AFTER_CHANGES": String(changes)])
        #expect(killed.status == -SIGKILL, "the build was meant to die inside its update: \(killed.stderr)")
        let journal = folder.appendingPathComponent("Output.journal/active").path
        #expect(FileManager.default.fileExists(atPath: journal), "a killed update leaves its journal")

        let recover = try CLI.run(["recover", "--output", output.path])
        #expect(recover.status == 0, "\(recover.stderr)")
        #expect(recover.stdout.hasPrefix("\(output.path): rolled back an interrupted update ("))
        #expect(try folderSnapshot(output) == previous, "recovery did not restore the previous site")
        #expect(try CLI.run(["recover", "--output", output.path]).stdout == "\(output.path): nothing to recover\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["Output", "before", "full"])

        // The next build finishes the job, and equals a fresh full build.
        let again = try CLI.run(["build", "--data", full, "--output", output.path])
        #expect(again.status == 0, "\(again.stderr)")
        let fresh = folder.appendingPathComponent("Fresh")
        let reference = try CLI.run(["build", "--data", full, "--output", fresh.path, "--full"])
        #expect(reference.status == 0, "\(reference.stderr)")
        #expect(try folderSnapshot(output) == folderSnapshot(fresh))
    }
}
