import Foundation

/// What the previous build published, kept inside the output as `.condorpress/manifest.json` so
/// the next build can reuse pages whose inputs did not change.
///
/// The manifest is written into the staging folder and swapped in with the site, so it always
/// describes exactly the files beside it.
struct BuildManifest: Codable, Sendable, Equatable {
    /// One published briefing: the hash of everything its two files were made from, and the
    /// glossary terms it links to.
    struct Briefing: Codable, Sendable, Equatable {
        var key: String
        var terms: [String]
    }

    /// The manifest's own format; a different value means "rebuild everything".
    static let format = 1
    /// Where the manifest lives inside the output folder.
    static let path = ".condorpress/manifest.json"

    var format: Int
    /// The tool version that wrote it.
    var tool: String
    /// Briefings by ISO date.
    var briefings: [String: Briefing]
    /// The hash of the archive's inputs (configuration and every data row up to `archiveLastDate`).
    var archiveKey: String
    /// The last date in the archive.
    var archiveLastDate: String?

    /// Reads the manifest of the site in `output`, or nil when there is none or it is unreadable.
    static func load(from output: URL) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path),
            let manifest = try? JSONDecoder().decode(BuildManifest.self, from: data),
            manifest.format == format, manifest.tool == CondorPressVersion.current
        else { return nil }
        return manifest
    }

    /// The manifest as deterministic JSON (sorted keys).
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}

/// The version of CondorPress, recorded in manifests so that a new tool never reuses old pages.
public enum CondorPressVersion {
    /// The version string.
    public static let current = "0.1.0"
}
