import Foundation

/// Keeps two builds from writing the same output at once.
///
/// A build takes an exclusive `flock` on the folder that holds the output (the output itself is
/// swapped out by full builds, so it cannot carry the lock) and keeps it until it has published
/// or cleaned up; a second build waits for it. The kernel drops the lock when a process dies, so
/// a killed build never leaves the output locked.
final class OutputLock {
    private let descriptor: Int32

    /// Waits for, then takes, the lock of `output`'s parent folder (created if missing).
    init(output: String) throws {
        let parent = URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        descriptor = open(parent.path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else {
            throw PublishingError(
                file: parent.path, message: "cannot open the folder to lock the output (errno \(errno))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw PublishingError(file: parent.path, message: "cannot lock the output (errno \(errno))")
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
