import Foundation
import Testing

@testable import OutputStore

/// A small "published" site in a temporary folder, for the output, journal and manifest tests.
///
/// The site is the folder `site` inside a fresh temporary root, so its journal (`site.journal`)
/// and staging folder (`site.staging`) are created inside the root too and removed with it.
struct ScratchSite {
    /// Everything of a folder: its regular files with their bytes, and its folders (relative paths).
    struct Tree: Equatable, CustomStringConvertible {
        var files: [String: Data]
        var folders: Set<String>

        var description: String {
            let listed = files.keys.sorted().map { "\($0) (\(files[$0]?.count ?? 0) bytes)" }
            return "files: \(listed), folders: \(folders.sorted())"
        }
    }

    let root: URL
    var output: URL { root.appendingPathComponent("site", isDirectory: true) }
    var journal: URL { root.appendingPathComponent("site.journal", isDirectory: true) }
    var staging: URL { root.appendingPathComponent("site.staging", isDirectory: true) }

    /// A new site holding `files` (relative path to text).
    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("condorpress-scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        for (path, text) in files { try put(text, at: path) }
    }

    /// Writes `text` to the site file `path`, creating folders.
    func put(_ text: String, at path: String) throws {
        try put(Data(text.utf8), at: path)
    }

    /// Writes `data` to the site file `path`, creating folders.
    func put(_ data: Data, at path: String) throws {
        let url = output.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// The bytes of the site file `path`, or nil when it is missing.
    func bytes(_ path: String) -> Data? {
        FileManager.default.contents(atPath: output.appendingPathComponent(path).path)
    }

    /// The text of the site file `path`, or nil when it is missing.
    func text(_ path: String) -> String? {
        bytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether something exists at `url`.
    func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }

    /// The inode of the site file `path` (to tell a file left alone from one rewritten).
    func inode(_ path: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)
        return try #require((attributes[.systemFileNumber] as? NSNumber)?.uint64Value)
    }

    /// Every file and folder below the site.
    func tree() throws -> Tree {
        var tree = Tree(files: [:], folders: [])
        guard let enumerator = FileManager.default.enumerator(atPath: output.path) else { return tree }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = output.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                tree.folders.insert(path)
            } else {
                tree.files[path] = try Data(contentsOf: url)
            }
        }
        return tree
    }

    /// Every entry of the root folder besides the site (journal, staging, leftovers), sorted.
    func siblings() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0 != "site" }.sorted()
    }

    /// Removes the root folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
