import Foundation

/// The Foundation file operations the outputs use, failing with a `OutputError` that names
/// the path and says why in plain words (never `NSCocoaErrorDomain` text).
enum PlainFiles {
    /// Removes the file or folder at `url` with everything in it, never following a link
    /// (``TreeRemoval``).
    static func remove(_ url: URL) throws {
        try TreeRemoval.remove(url.path)
    }

    /// Creates the folder `url` and any missing folders above it.
    static func makeFolder(_ url: URL) throws {
        try SystemReason.plain(url.path, "create the folder") {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
    }

    /// Renames `source` to `target`.
    static func move(_ source: URL, to target: URL) throws {
        try SystemReason.plain(source.path, "rename this to \(target.path)") {
            try FileManager.default.moveItem(at: source, to: target)
        }
    }

    /// Writes `data` to the file `url`.
    static func write(_ data: Data, to url: URL) throws {
        try SystemReason.plain(url.path, "write the file") { try data.write(to: url) }
    }
}
