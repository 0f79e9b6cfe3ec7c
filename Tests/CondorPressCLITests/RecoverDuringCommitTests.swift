import Foundation
import Testing

/// A `condorpress` process started in the repository root, with its output pipes.
struct RunningCLI {
    let process = Process()
    let stdout = Pipe()
    let stderr = Pipe()

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = CLI.repository
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Reads standard error until it holds `text` or the process closes it; returns what was read.
    func readError(until text: String) -> String {
        var read = Data()
        while !String(decoding: read, as: UTF8.self).contains(text) {
            let chunk = stderr.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            read += chunk
        }
        return String(decoding: read, as: UTF8.self)
    }

    /// Waits for the process; returns its status and the rest of its output.
    func finish() -> CLIResult {
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationReason == .uncaughtSignal
                ? -process.terminationStatus : process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}

@Suite("recover against a build in its commit", .serialized)
struct RecoverDuringCommitTests {
    @Test(
        "recover waits for a build paused inside its commit; both exit 0 and the new site is whole",
        arguments: [false, true])
    func recoverWaits(full: Bool) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (data, output, _) = try InterruptedUpdateTests.publishAllButTheLastSession(
            in: folder, seed: 8, to: "2023-06-30")
        let fresh = folder.appendingPathComponent("Fresh")
        #expect(try CLI.run(["build", "--data", data, "--output", fresh.path, "--full"]).status == 0)
        let next = try folderSnapshot(fresh)

        let pause = folder.appendingPathComponent("paused").path
        let build = try RunningCLI(
            ["build", "--data", data, "--output", output.path] + (full ? ["--full"] : []),
            environment: ["CONDORPRESS_PAUSE_IN_COMMIT": pause])
        while !FileManager.default.fileExists(atPath: pause), build.process.isRunning { usleep(2_000) }
        #expect(FileManager.default.fileExists(atPath: pause), "the build never reached its commit")
        if !full {
            // Paused after its first change: the output is a mixture, the journal is active.
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output.journal/active").path))
        }

        let recover = try RunningCLI(["recover", "--output", output.path])
        let waiting = recover.readError(until: "waiting")
        #expect(waiting == "\(output.path): waiting for a build of this output to finish\n")
        #expect(recover.process.isRunning, "recover ran inside the build's commit")
        try FileManager.default.removeItem(atPath: pause)

        let built = build.finish()
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.hasPrefix("Published "))
        let recovered = recover.finish()
        #expect(recovered.status == 0, "\(recovered.stderr)")
        #expect(recovered.stdout == "\(output.path): nothing to recover\n")
        #expect(try folderSnapshot(output) == next)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "Fresh", "Output", "before", "full",
            ])
    }
}
