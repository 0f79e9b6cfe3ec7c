import Foundation

/// The files of `<content>/static/`, copied into every build verbatim (a `CNAME`, `robots.txt`,
/// a favicon), so nothing a publisher needs lives only in the output.
///
/// They are written like any page, so the manifest lists them: an incremental build replaces a
/// changed one, removes one deleted from the folder, and a full build carries them all.
enum StaticFiles {
    /// The folder's name inside the content folder.
    static let folderName = "static"

    /// A static file whose path a generated file or folder of the site already takes.
    struct Collision: Equatable, Sendable {
        /// The static file's path inside the static folder.
        var file: String
        /// The generated file it collides with (the file itself, one inside it, or one above it).
        var generated: String
    }

    /// Every regular file below `folder` (links followed), as sorted relative paths; none when
    /// the folder is missing.
    static func list(_ folder: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return []
        }
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var status = stat()
            if stat(folder + "/" + path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { files.append(path) }
        }
        return files.sorted()
    }

    /// The static files whose paths collide with the generated site.
    ///
    /// A collision is the same path, a generated file where a static file needs a folder, or
    /// generated files inside a static file's path; the manifest's folder `.condorpress` is the
    /// build's own.
    /// - Complexity: O((g + s) × d) expected, for g generated and s static paths of depth up to d.
    static func collisions(_ files: [String], generated: Set<String>) -> [Collision] {
        // For each static path that is a generated folder, the first generated path inside it.
        // Only the static paths are looked up, as substrings: no string is made per folder, and
        // no sort of the 18,000 paths of a 36-year site.
        let claimed = Set(files.map { Substring($0) })
        var folders: [Substring: String] = [:]
        for path in generated {
            var folder = path[...]
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<slash]
                guard claimed.contains(folder) else { continue }
                if let first = folders[folder], first <= path { continue }
                folders[folder] = path
            }
        }
        var collisions: [Collision] = []
        for file in files {
            if generated.contains(file) {
                collisions.append(Collision(file: file, generated: file))
            } else if let inside = folders[Substring(file)] {
                collisions.append(Collision(file: file, generated: inside))
            } else if let above = ancestors(of: file).first(where: { generated.contains($0) || $0 == ".condorpress" }) {
                collisions.append(Collision(file: file, generated: above))
            }
        }
        return collisions
    }

    /// The folders above a relative path, outermost first.
    private static func ancestors(of path: String) -> [String] {
        let parts = path.split(separator: "/")
        return (1..<max(parts.count, 1)).map { parts[..<$0].joined(separator: "/") }
    }
}
