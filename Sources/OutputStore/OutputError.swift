/// A file-system failure of the output code: the path it concerns and a plain sentence.
///
/// Publishing maps it to its own error at its boundary (see `PublishingError.init(_:)` there).
package struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file or folder the problem is in.
    package var path: String
    /// What went wrong, in plain words ("cannot create the file: permission denied").
    package var message: String

    /// Creates an error.
    package init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    package var description: String { path + ": " + message }
}
