import ArgumentParser
import Foundation

/// What lies at a path: nothing, a file or a folder.
enum PathKind: Sendable {
    case missing, file, folder

    /// What lies at `path` in the file system (symbolic links followed).
    static func of(_ path: String) -> PathKind {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
        return isFolder.boolValue ? .folder : .file
    }
}

/// An input folder or file that is not there (or is a file where a folder was expected).
struct MissingInput: Equatable, Sendable, CustomStringConvertible {
    /// The location.
    var input: SiteInput
    /// Its path, as resolved.
    var path: String
    /// What was found there.
    var found: PathKind

    /// `Content: expected the content folder (glossary/, rules/, pages/), found no such folder`.
    var description: String {
        let expected: String
        switch input {
        case .site: expected = "the site folder given with --site"
        case .content: expected = "the content folder (glossary/, rules/, pages/)"
        case .data: expected = "the data folder (spx.csv, vix.csv and the optional inputs)"
        case .templates: expected = "the templates folder (layout.mustache and the page templates)"
        case .output: expected = "the output folder"
        case .config: expected = "the configuration file condorpress.yml"
        }
        let wantsFile = input == .config
        let what: String
        switch found {
        case .missing: what = wantsFile ? "no such file" : "no such folder"
        case .file: what = "a file"
        case .folder: what = "a folder"
        }
        return "\(path): expected \(expected), found \(what)"
    }
}

extension SitePaths {
    /// The inputs among `inputs` that are missing or of the wrong kind, in the order given, leaving
    /// out those inside a folder already named (the data folder inside a missing content folder);
    /// when a `--site` folder is itself missing, only that.
    ///
    /// - Parameters:
    ///   - inputs: The locations the command reads.
    ///   - kind: What lies at a path (the file system by default; tests pass a table).
    /// - Returns: One entry per input that is missing or of the wrong kind; empty when all are there.
    func missingInputs(_ inputs: [SiteInput], kind: (String) -> PathKind = PathKind.of) -> [MissingInput] {
        if explicit.contains(.site), kind(site) != .folder {
            return [MissingInput(input: .site, path: site, found: kind(site))]
        }
        var missing: [MissingInput] = []
        for input in inputs {
            let path = path(of: input)
            guard !missing.contains(where: { path.hasPrefix($0.path.hasSuffix("/") ? $0.path : $0.path + "/") })
            else { continue }
            let found = kind(path)
            if found != (input == .config ? .file : .folder) {
                missing.append(MissingInput(input: input, path: path, found: found))
            }
        }
        return missing
    }

    /// What to do about `missing`, when some of it was looked for at a default location.
    ///
    /// - Parameters:
    ///   - missing: What ``missingInputs(_:kind:)`` found.
    ///   - workingFolder: The working folder, named when the defaults are relative to it.
    /// - Returns: One sentence, or nil when everything missing was given explicitly.
    func hint(for missing: [MissingInput], workingFolder: String) -> String? {
        guard missing.contains(where: { !explicit.contains($0.input) }) else { return nil }
        if explicit.contains(.site) {
            return "every default is relative to --site \(site); pass --content, --data, --templates or "
                + "--config for inputs kept elsewhere"
        }
        return "run condorpress from the site folder or pass --site DIR (the defaults are relative to the "
            + "working folder \(workingFolder))"
    }

    /// Stops the command before any work when one of `inputs` is missing, naming each on standard
    /// error with what was expected, then a hint.
    /// - Throws: `ExitCode.failure` when something is missing.
    func requireInputs(_ inputs: [SiteInput]) throws {
        let missing = missingInputs(inputs)
        guard !missing.isEmpty else { return }
        for problem in missing { ProblemReport.printError(problem.description) }
        if let hint = hint(for: missing, workingFolder: FileManager.default.currentDirectoryPath) {
            ProblemReport.note(hint)
        }
        throw ExitCode.failure
    }
}
