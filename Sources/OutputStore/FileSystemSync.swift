import Foundation

/// Flushes a file system's written data to the disk, so a later rename is not reordered before it
/// by a power loss.
///
/// Uses Linux's `syncfs` on the folder's file system (looked up at run time, as Swift's Glibc
/// module does not export it), falling back to `sync()` where it is missing.
enum FileSystemSync {
    private typealias SyncFS = @convention(c) (Int32) -> Int32

    private static let function: SyncFS? = LinuxFunction.lookup("syncfs", as: SyncFS.self)

    /// Writes every dirty page and inode of the file system holding `folder` to the disk.
    static func flush(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        defer { if descriptor >= 0 { close(descriptor) } }
        if let function, descriptor >= 0, function(descriptor) == 0 { return }
        sync()
    }
}
