import Foundation

/// The real location of a path: absolute, symbolic links resolved, `.` and `..` normalised.
///
/// Unlike `realpath(3)` it also resolves paths that do not exist yet (the output of a first
/// build) and links whose target is missing: the existing part is resolved link by link, the
/// rest is appended as written.
package enum RealPath {
    /// How many links one resolution may follow before it is taken for a loop (Linux's limit).
    static let maximumLinks = 40

    /// The real path of `path`, relative paths taken from `workingDirectory`.
    /// - Throws: `OutputError` naming `path` when its links go round in a loop.
    package static func resolve(_ path: String, from workingDirectory: String) throws -> String {
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        var pending = ArraySlice(absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init))
        var resolved: [String] = []
        var exists = true
        var links = 0
        while let component = pending.first {
            pending = pending.dropFirst()
            if component == "." { continue }
            if component == ".." {
                _ = resolved.popLast()
                continue
            }
            let candidate = "/" + (resolved + [component]).joined(separator: "/")
            guard exists, let target = linkTarget(candidate, exists: &exists) else {
                resolved.append(component)
                continue
            }
            links += 1
            guard links <= maximumLinks else {
                throw OutputError(path: path, message: "the path's symbolic links go round in a loop")
            }
            if target.hasPrefix("/") { resolved = [] }
            pending = ArraySlice(target.split(separator: "/").map(String.init)) + pending
        }
        return "/" + resolved.joined(separator: "/")
    }

    /// The target of the link at `path`, or nil when it is no link; clears `exists` when nothing
    /// is at `path` (the rest of the path is then taken as written).
    private static func linkTarget(_ path: String, exists: inout Bool) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            exists = false
            return nil
        }
        guard status.st_mode & S_IFMT == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
