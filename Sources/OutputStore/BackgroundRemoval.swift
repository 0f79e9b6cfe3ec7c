import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Deletes a large old site in a detached, low-priority child, so a full build does not wait for it.
///
/// The old site is first renamed to `<output>.removing-<pid>` beside the output (never over an
/// existing entry), then removed by `nice -n 19 rm -rf` started through `/bin/sh` in the background
/// and not waited for. A build killed before the child finished leaves that folder behind;
/// `StagedOutput.recover(output:)` removes it, and only a sibling named exactly so.
enum BackgroundRemoval {
    /// What follows the output's name in the folder being removed: `<output>.removing-<pid>`.
    static let marker = ".removing-"

    /// Moves `tree` aside and starts removing it in the background.
    /// - Returns: false when `tree` could not be moved aside (it is untouched: remove it otherwise);
    ///   true when it is gone or being removed (removed here when no child could be started).
    static func start(_ tree: URL, beside output: URL) throws -> Bool {
        let aside = StagedOutput.sibling(output, suffix: marker + String(getpid()))
        guard AtomicExchange.renameWithoutReplacing(tree.path, aside.path) else { return false }
        if !spawnRemoval(of: aside.path) { try TreeRemoval.remove(aside.path) }
        return true
    }

    /// The folders beside `output` named `<output>.removing-<digits>`, which only an unfinished
    /// background removal leaves.
    static func leftovers(beside output: URL) -> [URL] {
        let parent = output.deletingLastPathComponent()
        let prefix = output.lastPathComponent + marker
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.filter { name in
            guard name.hasPrefix(prefix) else { return false }
            let pid = name.dropFirst(prefix.count)
            return !pid.isEmpty && pid.allSatisfy { $0.isASCII && $0.isNumber }
        }.sorted().map { parent.appendingPathComponent($0, isDirectory: true) }
    }

    /// Starts `nice -n 19 rm -rf -- path` detached from this process (the shell that starts it
    /// exits at once and is waited for, so no child is left to reap); true when it was started.
    private static func spawnRemoval(of path: String) -> Bool {
        let script = "nice -n 19 rm -rf -- \"$1\" </dev/null >/dev/null 2>&1 &"
        let arguments = ["/bin/sh", "-c", script, "condorpress-removal", path]
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        var child: pid_t = 0
        guard posix_spawn(&child, "/bin/sh", nil, nil, &pointers, environ) == 0 else { return false }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        return status == 0
    }
}
