import Foundation
import OutputStore

/// Gathers the facts ``OutputOwnership`` decides on: the resolved output, the folders it must
/// not touch and what it holds.
enum OutputSafety {
    /// The resolved output of `options`, checked against every protected folder.
    ///
    /// Reads nothing but links and folder names, and changes nothing: run before any other work.
    /// - Throws: `OutputError` when the output is, contains or lies inside a protected folder.
    static func resolveOutput(_ options: BuildOptions) throws -> String {
        let workingDirectory = FileManager.default.currentDirectoryPath
        let output = try RealPath.resolve(options.output, from: workingDirectory)
        try OutputOwnership.checkPath(
            output, shown: options.output, protected: try protectedFolders(options, workingDirectory: workingDirectory))
        return output
    }

    /// Checks what the resolved `output` holds; run under the output's lock.
    /// - Throws: `OutputError` when it is a file or a folder CondorPress did not publish.
    @discardableResult
    static func checkContents(of output: String, shown: String) throws -> OutputOwnership.Verdict {
        try OutputOwnership.verdict(for: try listing(of: output, shown: shown), shown: shown)
    }

    /// The folders the output of `options` must not be, contain or (for inputs) lie inside.
    static func protectedFolders(_ options: BuildOptions, workingDirectory: String) throws
        -> [OutputOwnership.ProtectedFolder]
    {
        typealias Folder = OutputOwnership.ProtectedFolder
        func resolve(_ path: String) throws -> String { try RealPath.resolve(path, from: workingDirectory) }
        let configFolder = (options.config as NSString).deletingLastPathComponent
        var folders = [
            Folder(role: .content, path: try resolve(options.content)),
            Folder(role: .templates, path: try resolve(options.templates)),
            Folder(role: .data, path: try resolve(options.data)),
            Folder(role: .configuration, path: try resolve(configFolder.isEmpty ? "." : configFolder)),
            Folder(role: .workingDirectory, path: try resolve(".")),
            Folder(role: .filesystemRoot, path: "/"),
        ]
        let roots = Set(folders.compactMap { repositoryRoot(around: $0.path) })
        folders += roots.sorted().map { Folder(role: .repository, path: $0) }
        folders += try homeFolders().map { Folder(role: .home, path: try resolve($0)) }
        return folders
    }

    /// The nearest folder at or above `path` that holds `.git` or `Package.swift`, if any.
    static func repositoryRoot(around path: String) -> String? {
        var folder = path
        while true {
            for marker in [".git", "Package.swift"] where access(folder + "/" + marker, F_OK) == 0 { return folder }
            guard folder != "/" else { return nil }
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    /// `$HOME`, the user's home from the password database, `/root` and every folder in `/home`.
    static func homeFolders() -> [String] {
        var homes = ["/root"]
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { homes.append(home) }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            homes.append(String(cString: directory))
        }
        let users = (try? FileManager.default.contentsOfDirectory(atPath: "/home")) ?? []
        homes += users.map { "/home/" + $0 }
        return homes.filter { $0 != "/" }
    }

    /// What is at the resolved path `output`.
    static func listing(of output: String, shown: String) throws -> OutputOwnership.Listing {
        var status = stat()
        guard stat(output, &status) == 0 else {
            guard errno == ENOENT else {
                throw OutputError(
                    path: shown, message: "cannot inspect the output folder: \(SystemReason.text(errno))")
            }
            return .absent
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { return .file }
        let names = try SystemReason.plain(shown, "list the output folder") {
            try FileManager.default.contentsOfDirectory(atPath: output)
        }
        return .folder(names: names, hasManifest: hasManifest(output))
    }

    /// Whether `output` holds a CondorPress manifest (of any format or version).
    static func hasManifest(_ output: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: output + "/" + BuildManifest.path) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 21)) ?? Data()
        return start == Data("condorpress-manifest ".utf8)
    }
}
