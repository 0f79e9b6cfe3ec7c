import Foundation

/// A few files in a fresh temporary folder, for the manifest and static-file tests.
///
/// The output tests have a fuller one in OutputStoreTests (journal, staging, trees, inodes).
struct ScratchSite {
    let root: URL
    var output: URL { root.appendingPathComponent("site", isDirectory: true) }

    /// A new folder holding `files` (relative path to text).
    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("condorpress-scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        for (path, text) in files { try put(Data(text.utf8), at: path) }
    }

    /// Writes `data` to the file `path`, creating folders.
    func put(_ data: Data, at path: String) throws {
        let url = output.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Writes `text` to the file `path`, creating folders.
    func put(_ text: String, at path: String) throws { try put(Data(text.utf8), at: path) }

    /// Removes the folder.
    func remove() { try? FileManager.default.removeItem(at: root) }
}
