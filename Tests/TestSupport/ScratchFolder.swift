import Foundation

/// Fresh folders in the temporary directory for tests that write files.
public enum ScratchFolder {
    /// Creates and returns an empty folder named `prefix-<UUID>` in the temporary directory.
    public static func make(_ prefix: String = "condorpress-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies the repository folders `names` (e.g. `Content`, `Templates`) from `repository` into `folder`.
    public static func copy(_ names: [String], from repository: URL, into folder: URL) throws {
        for name in names {
            try FileManager.default.copyItem(
                at: repository.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
    }
}
