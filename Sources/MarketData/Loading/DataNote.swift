/// A plain remark on how the series was assembled, e.g. `spx.csv: not supplied (optional)`.
///
/// A note that reports a fact a caller may add advice to (such as the option that caused it)
/// carries a ``Reason``; its ``text`` is complete without that advice.
public struct DataNote: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// A fact a note reports in a form a caller can act on.
    public enum Reason: Sendable, Hashable {
        /// This many rows with errors were skipped because the load was lenient.
        case rowsSkipped(count: Int)
    }

    /// The remark, one line.
    public var text: String
    /// What the note reports, nil for a note whose text says it all.
    public var reason: Reason?

    /// Creates a note.
    public init(_ text: String, reason: Reason? = nil) {
        self.text = text
        self.reason = reason
    }

    /// A plain note written as a literal.
    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// The remark.
    public var description: String { text }
}
