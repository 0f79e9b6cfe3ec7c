/// Whether a build may replace an output folder, decided from resolved paths and what the
/// folder holds, with no file-system access (``OutputSafety`` gathers the facts).
///
/// A build replaces its output as a whole, so it writes only into a folder that is absent,
/// empty (a lone `.gitkeep` counts as empty) or a site CondorPress published (it holds
/// `.condorpress/manifest`), and never into, around or over the folders it reads from, the
/// working directory, a repository, the filesystem root or a home folder, whatever the flags.
package enum OutputOwnership {
    /// A folder no output may be, contain or (for the inputs) lie inside.
    package struct ProtectedFolder: Equatable, Sendable {
        /// Why the folder is protected.
        package enum Role: Equatable, Sendable {
            case content, templates, data, configuration, workingDirectory, repository, filesystemRoot, home
        }

        package var role: Role
        /// The folder's resolved path.
        package var path: String

        /// Creates a protected folder.
        package init(role: Role, path: String) {
            self.role = role
            self.path = path
        }

        /// How messages name the folder.
        package var name: String {
            switch role {
            case .content: return "the content folder (--content) \(path)"
            case .templates: return "the templates folder (--templates) \(path)"
            case .data: return "the data folder (--data) \(path)"
            case .configuration: return "the folder of the configuration file (--config) \(path)"
            case .workingDirectory: return "the working directory \(path)"
            case .repository: return "the repository \(path)"
            case .filesystemRoot: return "the filesystem root \(path)"
            case .home: return "the home folder \(path)"
            }
        }

        /// Whether an output inside the folder is refused too: true for the folders the build
        /// reads; an `Output` inside the working directory or a home folder is the normal case.
        package var refusesInside: Bool { role == .content || role == .templates || role == .data }
    }

    /// What is at the output path.
    package enum Listing: Equatable, Sendable {
        /// Nothing: the build creates the folder.
        case absent
        /// Something that is not a folder (a file, a device, a socket).
        case file
        /// A folder with these entries (names, any order) and whether it holds a CondorPress manifest.
        case folder(names: [String], hasManifest: Bool)
    }

    /// What a build may do with the output.
    package enum Verdict: Equatable, Sendable {
        /// Create the missing folder.
        case create
        /// Fill the empty folder.
        case fill
        /// Update the site CondorPress published there.
        case update
    }

    /// How many entries a refusal names before "and N more".
    package static let namesShown = 5

    /// The closing advice of every refusal.
    package static let advice = "a build replaces its output folder as a whole"

    /// Checks the output's resolved path against the protected folders.
    ///
    /// The first folder the output is names the problem, else the first it contains, else the
    /// first input it lies inside (so `--output .` is "the working directory", not "contains
    /// the content folder").
    /// - Parameters:
    ///   - output: The output's resolved path.
    ///   - shown: How the output is named in the error (the path the user gave).
    ///   - protected: The resolved protected folders.
    /// - Throws: `OutputError` naming the output, the folder it would destroy and what to do.
    package static func checkPath(_ output: String, shown: String, protected: [ProtectedFolder]) throws {
        let relations: [(String, (ProtectedFolder) -> Bool)] = [
            ("is", { output == $0.path }),
            ("contains", { isInside($0.path, output) }),
            ("lies inside", { $0.refusesInside && isInside(output, $0.path) }),
        ]
        for (relation, holds) in relations {
            guard let folder = protected.first(where: holds) else { continue }
            throw OutputError(path: shown,
                message: "the output folder \(relation) \(folder.name); \(advice) and would destroy it. "
                    + "Choose a new or empty folder elsewhere with --output.")
        }
    }

    /// Decides from what the output holds whether a build may replace it.
    /// - Parameters:
    ///   - listing: What is at the output path.
    ///   - shown: How the output is named in the error.
    /// - Returns: What the build may do.
    /// - Throws: `OutputError` naming the output, what it holds and what to do.
    package static func verdict(for listing: Listing, shown: String) throws -> Verdict {
        switch listing {
        case .absent:
            return .create
        case .file:
            throw OutputError(path: shown,
                message: "the output path is a file, not a folder; \(advice) and would delete it. "
                    + "Choose a new or empty folder with --output, or move the file away yourself.")
        case .folder(let names, let hasManifest):
            if names.contains(".git") {
                throw OutputError(path: shown,
                    message: "the output folder holds a repository (.git); \(advice) and would delete it. "
                        + "Choose a new or empty folder with --output.")
            }
            let entries = names.filter { $0 != ".gitkeep" }.sorted()
            if entries.isEmpty { return .fill }
            if hasManifest { return .update }
            let count = entries.count == 1 ? "1 entry" : "\(entries.count) entries"
            var listed = entries.prefix(namesShown).joined(separator: ", ")
            if entries.count > namesShown { listed += " and \(entries.count - namesShown) more" }
            throw OutputError(path: shown,
                message: "the output folder is not a site CondorPress published (it has no .condorpress/manifest) "
                    + "and holds \(count) (\(listed)); \(advice) and would delete them. "
                    + "Choose a new or empty folder with --output, or remove them yourself.")
        }
    }

    /// The whole decision: ``checkPath(_:shown:protected:)``, then ``verdict(for:shown:)``.
    package static func decide(output: String, shown: String, listing: Listing, protected: [ProtectedFolder]) throws
        -> Verdict
    {
        try checkPath(output, shown: shown, protected: protected)
        return try verdict(for: listing, shown: shown)
    }

    /// Whether the resolved path `inner` lies strictly inside the resolved folder `outer`.
    package static func isInside(_ inner: String, _ outer: String) -> Bool {
        guard inner != outer else { return false }
        return outer == "/" ? inner.hasPrefix("/") : inner.hasPrefix(outer + "/")
    }
}
