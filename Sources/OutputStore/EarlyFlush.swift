import Foundation

/// Starts writing a staging folder's files to the disk while the build is still producing them,
/// so the flush before the swap waits only for the last few.
///
/// Linux keeps a build's few hundred megabytes in memory until the swap's `syncfs` (the
/// background writeback starts only at 10 % of memory or after 30 s), which then waits for all
/// of it with every core idle. Each time another ``threshold`` bytes are written, one detached
/// thread runs `syncfs` unless the previous one is still running; the swap's own flush is
/// unchanged, so this never weakens what reaches the disk before the rename.
final class EarlyFlush: @unchecked Sendable {
    /// Bytes written between two flushes.
    static let threshold = 48 << 20

    private let folder: URL
    private let lock = NSLock()
    private var unflushed = 0
    private var running = false

    /// A flusher of the file system that holds `folder`.
    init(folder: URL) { self.folder = folder }

    /// Counts `bytes` more written, and starts a flush when enough are waiting and none runs.
    func wrote(_ bytes: Int) {
        lock.lock()
        unflushed += bytes
        guard unflushed >= Self.threshold, !running else {
            lock.unlock()
            return
        }
        unflushed = 0
        running = true
        lock.unlock()
        Thread.detachNewThread { [self] in
            FileSystemSync.flush(folder)
            lock.lock()
            running = false
            lock.unlock()
        }
    }
}
