import Foundation
import TestSupport
import Testing

/// What a run of the `condorpress` executable printed and returned.
struct CLIResult {
    /// The exit status, or minus the signal number for a process killed by a signal.
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the built `condorpress` executable (it sits beside the test bundle in the build folder).
enum CLI {
    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable in the same build products folder as the tests.
    static var executable: URL {
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [products, Bundle.main.bundleURL, products.deletingLastPathComponent()]
        for folder in candidates {
            let url = folder.appendingPathComponent("condorpress")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repository.appendingPathComponent(".build/debug/condorpress")
    }

    /// Runs `condorpress arguments…` in `folder` (the repository root by default), feeding `input`
    /// to standard input.
    ///
    /// `environment` entries are added to this process's environment.
    static func run(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:], in folder: URL? = nil
    ) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = folder ?? repository
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationReason == .uncaughtSignal
                ? -process.terminationStatus : process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A copy of the repository's site files (`Content/`, `Templates/`) in a fresh temporary folder.
    static func siteCopy() throws -> URL {
        let folder = try temporaryFolder()
        try ScratchFolder.copy(["Content", "Templates"], from: repository, into: folder)
        return folder
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        try ScratchFolder.make("condorpress-cli")
    }
}
