import Foundation

/// Every regular file below a folder, by relative path, with its bytes: two snapshots are equal
/// exactly when the folders hold the same files with the same contents.
public struct FolderSnapshot: Equatable, Sendable {
    /// The files, relative path to bytes.
    public var files: [String: Data]

    /// Reads every regular file below `folder` (an empty snapshot when the folder is missing).
    public init(of folder: URL) throws {
        files = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
    }

    /// The differences from `other`, one line per file (only here, only there, or different
    /// bytes with the first differing line), sorted by path; empty when the snapshots are equal.
    public func differences(from other: FolderSnapshot, here: String = "left", there: String = "right") -> [String] {
        Set(files.keys).union(other.files.keys).sorted().compactMap { path in
            switch (files[path], other.files[path]) {
            case (nil, _): return "\(path): only in \(there)"
            case (_, nil): return "\(path): only in \(here)"
            case let (mine?, theirs?) where mine != theirs:
                return "\(path): differs, " + TextDifference.first(
                    String(decoding: theirs, as: UTF8.self), String(decoding: mine, as: UTF8.self),
                    expected: there, actual: here)
            default: return nil
            }
        }
    }
}

/// Where two texts first differ, line by line.
public enum TextDifference {
    /// A short description of the first line where `expected` and `actual` differ.
    public static func first(
        _ expected: String, _ actual: String, expected expectedName: String = "expected",
        actual actualName: String = "got"
    ) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let wanted = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
            if wanted != got {
                return "line \(index + 1): \(expectedName) \(wanted.prefix(300)) but \(actualName) \(got.prefix(300))"
            }
        }
        return "the end of the file"
    }
}
