import Foundation

/// Keeps two builds, or a build and `condorpress recover`, from changing the same output at once.
///
/// A build takes an exclusive `flock` on the folder that holds the output (the output itself is
/// swapped out by full builds, so it cannot carry the lock) and keeps it until it has published
/// or cleaned up; a second build or a recovery waits for it. The kernel drops the lock when a
/// process dies, so a killed build never leaves the output locked. Callers pass the output's
/// resolved path (``RealPath``), so a link to the output and the folder itself share one lock.
/// The descriptor is closed on `exec`, so a child (the background removal of an old site) never
/// holds the lock.
package final class OutputLock {
    private let descriptor: Int32

    /// Waits for, then takes, the lock of `output`'s parent folder (created if missing).
    /// - Parameters:
    ///   - output: The output's resolved path.
    ///   - waiting: Called once, before waiting, when another process holds the lock.
    /// - Throws: `OutputError` naming the folder when it cannot be created, opened or locked.
    package init(output: String, waiting: (() -> Void)? = nil) throws {
        let parent = URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent()
        try SystemReason.plain(parent.path, "create the folder that holds the output") {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        }
        descriptor = open(parent.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw OutputError(path: parent.path, message: "cannot open the folder to lock the output: \(SystemReason.text(errno))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        if errno == EWOULDBLOCK { waiting?() }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = SystemReason.text(errno)
                close(descriptor)
                throw OutputError(path: parent.path, message: "cannot lock the output: \(reason)")
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
