/// The error thrown when input data cannot be used: every problem found in every file, together.
///
/// `issues` holds the errors and also the warnings found alongside them, ordered by file
/// (`spx.csv` first, as in ``MarketDataFile``) and then by line, so a report reads top to bottom.
public struct DataValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Every problem found, errors and warnings, in report order.
    public var issues: [DataIssue]

    /// Creates the error from the issues found.
    public init(issues: [DataIssue]) {
        self.issues = issues
    }

    /// The problems that stop the run.
    public var errors: [DataIssue] { issues.filter(\.isError) }

    /// The problems that were only worth a warning.
    public var warnings: [DataIssue] { issues.filter { !$0.isError } }

    /// One line per issue; warnings are prefixed with `warning: `.
    public var description: String {
        issues.map { $0.isError ? $0.description : "warning: \($0.description)" }
            .joined(separator: "\n")
    }
}
