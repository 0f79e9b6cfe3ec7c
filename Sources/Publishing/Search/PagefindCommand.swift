import Foundation

/// How a build runs Pagefind (https://pagefind.app), the search indexer: an executable and the
/// arguments that come before Pagefind's own.
///
/// The build looks for it on this machine only, never on the network (see ``locate(environment:)``).
public struct PagefindCommand: Sendable, Equatable {
    /// The program started (an absolute path).
    public var executable: String
    /// The arguments before Pagefind's own (empty for the binary itself).
    public var arguments: [String]

    /// Creates a command.
    public init(executable: String, arguments: [String] = []) {
        self.executable = executable
        self.arguments = arguments
    }

    /// The environment variable that names the Pagefind command to run, for hosts where it is
    /// installed some other way (`pagefind`, `/opt/pagefind/pagefind`, `npx -y pagefind`).
    public static let overrideVariable = "CONDORPRESS_PAGEFIND"

    /// The message when Pagefind is not found.
    public static let notFoundMessage =
        "the search index (site.search) needs Pagefind, which was not found: install it with "
        + "`make browser-deps` or `pip install pagefind-bin`, set \(overrideVariable) to a pagefind command, "
        + "or turn site.search off"

    /// Finds Pagefind, in this order: the command `$CONDORPRESS_PAGEFIND` names (split at spaces,
    /// its first word an executable path or a program on `PATH`); the binary of the Python package
    /// `pagefind-bin` (`make browser-deps` installs it), asked of the `python3` on `PATH`;
    /// a `pagefind` program on `PATH`.
    /// - Parameter environment: the variables to read (`PATH`, `CONDORPRESS_PAGEFIND`).
    /// - Throws: `PublishingError` with ``notFoundMessage``, or naming the variable when the
    ///   command it names is not there.
    public static func locate(environment: [String: String]) throws -> PagefindCommand {
        let path = environment["PATH"] ?? ""
        if let override = environment[overrideVariable], !override.trimmingCharacters(in: .whitespaces).isEmpty {
            let words = override.split(separator: " ").map(String.init)
            guard let executable = program(words[0], path: path) else {
                throw PublishingError(
                    message: "\(overrideVariable) names \"\(override)\", but \(words[0]) is not an executable file "
                        + "or a program on PATH")
            }
            return PagefindCommand(executable: executable, arguments: Array(words.dropFirst()))
        }
        if let python = program("python3", path: path), let binary = pythonPackageBinary(python: python) {
            return PagefindCommand(executable: binary)
        }
        if let binary = program("pagefind", path: path) { return PagefindCommand(executable: binary) }
        throw PublishingError(message: notFoundMessage)
    }

    /// `name` itself when it holds a `/` and is executable, else the first executable `name` in
    /// the folders of `path`.
    static func program(_ name: String, path: String) -> String? {
        let manager = FileManager.default
        if name.contains("/") { return manager.isExecutableFile(atPath: name) ? name : nil }
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
                manager.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        return nil
    }

    /// The binary `pagefind-bin` installed for `python`, or nil when the package is not installed.
    private static func pythonPackageBinary(python: String) -> String? {
        let script = "import pagefind_bin; print(pagefind_bin.get_executable())"
        guard let result = try? run(python, ["-c", script]), result.status == 0 else { return nil }
        let binary = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: binary) ? binary : nil
    }

    /// What the index leaves out of the marked content: charts (`svg`: axis labels, legends; their
    /// captions stay) and a briefing's tables (the same labels on every day with its figures: they
    /// would make every briefing match "RSI" or "divergence", and they are 40% of a briefing's
    /// text, so leaving them out takes about 40% off Pagefind's time and memory).
    static let excluded = "svg, .briefing table"

    /// Indexes the HTML pages under `site` and writes the search bundle into `bundle`.
    ///
    /// Result addresses keep `index.html` (`--keep-index-url`), as every link of the site does,
    /// so results work from hosts without folder indexes; what ``excluded`` selects is left out. Pagefind writes the same bundle for the
    /// same pages, whatever their order on disk (checked by the build tests).
    /// - Throws: `PublishingError` with Pagefind's last lines of output when it fails.
    func index(site: String, into bundle: String) throws {
        let arguments =
            self.arguments + [
                "--site", site, "--output-path", bundle, "--keep-index-url", "--exclude-selectors", PagefindCommand.excluded, "--quiet",
            ]
        let result: (status: Int32, output: String)
        do {
            result = try PagefindCommand.run(executable, arguments)
        } catch {
            throw PublishingError(
                file: executable, message: "cannot start Pagefind: \(PublishingError.sentence(for: error))")
        }
        guard result.status == 0 else {
            let tail = result.output.split(separator: "\n").suffix(5).joined(separator: " / ")
            throw PublishingError(
                file: executable, message: "Pagefind stopped with status \(result.status): \(tail)")
        }
    }

    /// Pagefind's version (`1.5.2`), as `--version` prints it after the program's name.
    /// - Throws: `PublishingError` when it cannot be run.
    func version() throws -> String {
        let result: (status: Int32, output: String)
        do {
            result = try PagefindCommand.run(executable, arguments + ["--version"])
        } catch {
            throw PublishingError(
                file: executable, message: "cannot start Pagefind: \(PublishingError.sentence(for: error))")
        }
        guard result.status == 0, let version = result.output.split(separator: " ").last else {
            throw PublishingError(file: executable, message: "Pagefind --version stopped with status \(result.status)")
        }
        return version.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// util-linux's `setpriv`, which starts a program that the kernel kills when its parent dies.
    private static let setpriv = "/usr/bin/setpriv"

    /// Runs `executable` with `arguments`, its standard output and error read together.
    ///
    /// Through `setpriv --pdeathsig KILL` where it exists, so that a build killed while Pagefind
    /// runs does not leave Pagefind writing into the scratch folder that the next build removes.
    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        if FileManager.default.isExecutableFile(atPath: setpriv) {
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments = ["--pdeathsig", "KILL", "--", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
