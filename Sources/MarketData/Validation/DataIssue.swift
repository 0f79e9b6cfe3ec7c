/// One problem found in an input file: where it is and what was expected there.
///
/// Its `description` is a single line in the `file:line: column C: message` style that compilers
/// use, so a reader can jump straight to the spot, for example
/// `spx.csv:14: column Close: expected a positive number, found "abc"`.
public struct DataIssue: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The data cannot be used as it is: the run stops.
        case error
        /// The data is usable but something looks wrong or was skipped.
        case warning
    }

    /// The file name, e.g. `spx.csv`.
    public var file: String
    /// The 1-based physical line in the file (the header is line 1), or nil for a whole-file problem.
    public var line: Int?
    /// The column as written in the file's header, or nil when the problem is not about one column.
    public var column: String?
    /// What is wrong, usually phrased as `expected ..., found ...`.
    public var message: String
    /// Whether the problem stops the run.
    public var severity: Severity
    /// What the issue reports, when a caller may add advice of its own (such as an option to
    /// pass); nil for an issue whose message says it all.
    public var reason: Reason?

    /// A fact an issue reports in a form a caller can act on.
    public enum Reason: Sendable, Hashable {
        /// The file had this many rows with errors; a lenient load would skip them.
        case rowsWithErrors(count: Int)
    }

    /// Creates an issue.
    public init(
        file: String, line: Int?, column: String? = nil, message: String, severity: Severity = .error,
        reason: Reason? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
        self.reason = reason
    }

    /// The issue on one line: `file:line: column C: message`, leaving out the parts that are nil.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let column { text += "column \(column): " }
        return text + message
    }

    /// True when the issue stops the run.
    public var isError: Bool { severity == .error }
}
