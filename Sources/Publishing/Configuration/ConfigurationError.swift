/// A problem in `condorpress.yml`, naming the file, the line, the key path and what was expected.
///
/// Its ``description`` is the one line a user reads, for example
/// `condorpress.yml:12: strategy.shortDelta: expected a number between 0 and 0.5, found 0.9`.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file name as given to the loader.
    public var fileName: String
    /// The 1-based line of the offending key or value (nil when the YAML gives no position).
    public var line: Int?
    /// The dotted key path (`strategy.shortDelta`), or nil for problems with the document itself.
    public var keyPath: String?
    /// What is wrong, in words (`expected a number between 0 and 0.5, found 0.9`).
    public var message: String

    /// Creates an error.
    public init(fileName: String, line: Int?, keyPath: String?, message: String) {
        self.fileName = fileName
        self.line = line
        self.keyPath = keyPath
        self.message = message
    }

    /// `file:line: key.path: message`, leaving out what is unknown.
    public var description: String {
        var text = fileName
        if let line { text += ":\(line)" }
        text += ": "
        if let keyPath { text += keyPath + ": " }
        return text + message
    }
}
