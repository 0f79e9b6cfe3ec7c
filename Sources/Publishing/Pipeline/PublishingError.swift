import OutputStore

/// A failure while publishing, with the step, the file and the line it concerns.
public struct PublishingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The pipeline step that failed (empty outside a pipeline).
    public var step: String
    /// The file the problem is in, when there is one.
    public var file: String?
    /// The 1-based line in `file`, when known.
    public var line: Int?
    /// What went wrong and what was expected.
    public var message: String

    /// Creates an error.
    public init(step: String = "", file: String? = nil, line: Int? = nil, message: String) {
        self.step = step
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, prefixed with the step as `[step]` when set.
    public var description: String {
        var location = ""
        if let file {
            location = file
            if let line { location += ":\(line)" }
            location += ": "
        }
        let prefix = step.isEmpty ? "" : "[\(step)] "
        return prefix + location + message
    }

    /// The output code's error as a publishing error naming the same path.
    init(_ error: OutputError) {
        self.init(file: error.path, message: error.message)
    }

    /// Runs `work`, turning an `OutputError` it throws into a `PublishingError`: the boundary
    /// between the output module and the build.
    static func mappingOutput<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as OutputError {
            throw PublishingError(error)
        }
    }

    /// The same error attributed to `step` (kept when already set).
    public func inStep(_ step: String) -> PublishingError {
        var copy = self
        if copy.step.isEmpty { copy.step = step }
        return copy
    }
}

/// Several publishing problems reported together.
public struct PublishingErrors: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problems, in the order found.
    public var errors: [PublishingError]
    /// Warnings found alongside the errors (data that is usable but looks wrong), one line each,
    /// so a failed run still shows them as warnings, not as errors.
    public var warnings: [String]

    /// Creates the collection.
    public init(_ errors: [PublishingError], warnings: [String] = []) {
        self.errors = errors
        self.warnings = warnings
    }

    /// One line per problem.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

extension PublishingError {
    /// A one-line plain sentence for any error, for the command line: a file error's path and
    /// reason in words, never `NSCocoaErrorDomain` text.
    public static func sentence(for error: any Error) -> String {
        if let error = error as? PublishingError { return error.description }
        return SystemReason.sentence(for: error)
    }
}
