import Foundation

/// The relative paths a build produced, shared by the threads that render pages.
final class PathLog: @unchecked Sendable {
    private var paths: Set<String> = []
    private let lock = NSLock()

    /// Records `path`.
    func add(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    /// Whether `path` was recorded.
    func contains(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return paths.contains(path)
    }

    /// Every path recorded.
    var all: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }
}
