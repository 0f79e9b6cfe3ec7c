import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Deletes a folder and everything in it with `openat`/`unlinkat`, never following a symbolic link.
///
/// A link inside the tree is removed as a link; its target, inside or outside the tree, is never
/// opened. Each folder is read once through `fdopendir` and its entries are removed relative to
/// the folder's descriptor, so no path is resolved twice and no entry is `stat`ed when the folder
/// listing already tells its type. An entry that vanishes meanwhile (another removal of the same
/// tree) is not an error.
enum TreeRemoval {
    /// Removes the file, link or folder at `path` with everything in it.
    /// - Throws: `OutputError` naming the entry that could not be removed.
    static func remove(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let parent = url.deletingLastPathComponent().path
        let descriptor = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }
        if unlinkat(descriptor, url.lastPathComponent, 0) == 0 { return }
        guard errno == EISDIR else { throw failure(path, errno) }
        try removeFolder(named: Array(url.lastPathComponent.utf8CString), in: descriptor, path: path)
    }

    /// Removes the folder `name` of the folder `parent` (open as a descriptor) and its contents.
    private static func removeFolder(named name: [CChar], in parent: Int32, path: String) throws {
        let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor < 0, errno == ENOENT { return }
        guard descriptor >= 0, let folder = fdopendir(descriptor) else {
            let code = errno
            if descriptor >= 0 { close(descriptor) }
            throw failure(path, code)
        }
        defer { closedir(folder) }
        for entry in entries(of: folder) {
            let entryPath = path + "/" + String(decoding: entry.name.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if entry.isFolder {
                try removeFolder(named: entry.name, in: descriptor, path: entryPath)
            } else if unlinkat(descriptor, entry.name, 0) != 0 {
                if errno == ENOENT { continue }
                guard errno == EISDIR else { throw failure(entryPath, errno) }
                try removeFolder(named: entry.name, in: descriptor, path: entryPath)
            }
        }
        if unlinkat(parent, name, AT_REMOVEDIR) != 0, errno != ENOENT { throw failure(path, errno) }
    }

    /// Every entry of `folder` but `.` and `..` (names as the bytes on disk, NUL-terminated), read
    /// before any is removed; `isFolder` only when the listing says so (an unknown type is tried as
    /// a file first).
    private static func entries(of folder: OpaquePointer) -> [(name: [CChar], isFolder: Bool)] {
        var found: [(name: [CChar], isFolder: Bool)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                bytes.prefix(while: { $0 != 0 }).map { CChar(bitPattern: $0) } + [0]
            }
            if name == [46, 0] || name == [46, 46, 0] { continue }
            found.append((name, entry.pointee.d_type == UInt8(DT_DIR)))
        }
        return found
    }

    private static func failure(_ path: String, _ code: Int32) -> OutputError {
        OutputError(path: path, message: "cannot remove this file or folder: \(SystemReason.text(code))")
    }
}
