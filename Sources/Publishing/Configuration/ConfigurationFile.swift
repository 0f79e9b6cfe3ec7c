import Foundation

/// Reads `condorpress.yml`: the one loader of the configuration file, used by builds, `check`,
/// `evaluate` and `bench-engine`.
public enum ConfigurationFile {
    /// The configuration in the file at `path`, checked in full.
    /// - Throws: `PublishingError` when the file cannot be read; `PublishingErrors` with one error
    ///   per problem, each naming the file, the line and the key (`file:line: key: what was expected`).
    public static func load(_ path: String) throws -> Configuration {
        guard let data = FileManager.default.contents(atPath: path), let yaml = String(data: data, encoding: .utf8)
        else {
            throw PublishingError(file: path, message: "cannot read the configuration file")
        }
        let problems = Configuration.problems(inYAML: yaml, fileName: path)
        guard problems.isEmpty else {
            throw PublishingErrors(
                problems.map { PublishingError(file: path, line: $0.line, message: $0.plainMessage) })
        }
        do {
            return try Configuration(yaml: yaml, fileName: path)
        } catch {
            throw PublishingError(file: path, line: error.line, message: error.plainMessage)
        }
    }
}
