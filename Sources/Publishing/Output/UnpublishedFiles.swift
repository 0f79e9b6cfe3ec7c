import Foundation

/// Files in a published site that CondorPress did not put there (added to the output by hand).
///
/// A full build swaps in a new folder: it carries these files over and names them in a warning,
/// so the publisher can move them into `<content>/static/`; it refuses to replace one with a page
/// of its own. Incremental builds never touch them.
enum UnpublishedFiles {
    /// The files below `output` (sorted relative paths) that `previous` (the manifest published
    /// with them) does not list.
    ///
    /// A lone `.gitkeep` is carried over by the swap and never counted.
    /// - Complexity: O(n log n) for the n files of the site.
    static func list(in output: URL, previous: BuildManifest) -> [String] {
        var known = Set(previous.files)
        for date in previous.briefings.keys { known.formUnion(BuildManifest.briefingPaths(date)) }
        known.insert(BuildManifest.path)
        known.insert(".gitkeep")
        var found: [String] = []
        walk(output.path, prefix: "") { path in
            if !known.contains(path) { found.append(path) }
        }
        return found.sorted()
    }

    /// Calls `visit` with the relative path of every entry below `folder` that is not a folder.
    ///
    /// Plain `readdir` with the entry types it returns, no `stat` per file: a 36-year site has
    /// 18,000 files, and Foundation's enumerator costs a `stat` each.
    private static func walk(_ folder: String, prefix: String, _ visit: (String) -> Void) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = prefix + name
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var status = stat()
                isFolder = lstat(folder + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder { walk(folder + "/" + name, prefix: path + "/", visit) } else { visit(path) }
        }
    }

    /// The warning naming the `files` a full build kept, or nil when there are none.
    static func warning(_ files: [String], output: String, staticFolder: String) -> String? {
        guard !files.isEmpty else { return nil }
        return "\(output): kept \(counted(files)) CondorPress did not publish (\(listed(files))); "
            + "keep files the site needs in \(staticFolder), which every build copies into the site"
    }

    /// The error for hand-added `files` that this build would replace with pages of its own.
    static func collision(_ files: [String], output: String, staticFolder: String) -> PublishingError {
        PublishingError(
            step: "publish", file: output,
            message: "this build would replace \(counted(files)) CondorPress did not publish (\(listed(files))) "
                + "with its own pages; move them into \(staticFolder) or elsewhere, then build again")
    }

    /// `1 file` or `N files`.
    private static func counted(_ files: [String]) -> String {
        files.count == 1 ? "1 file" : "\(files.count) files"
    }

    /// The first five paths, then how many more.
    private static func listed(_ files: [String]) -> String {
        var listed = files.prefix(5).joined(separator: ", ")
        if files.count > 5 { listed += " and \(files.count - 5) more" }
        return listed
    }
}
