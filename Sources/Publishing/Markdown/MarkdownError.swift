/// A problem turning Markdown into HTML.
public enum MarkdownError: Error, Equatable, Sendable, CustomStringConvertible {
    /// cmark-gfm does not know an extension name.
    case unknownExtension(String)
    /// cmark-gfm returned no document or no output (out of memory).
    case renderFailed

    public var description: String {
        switch self {
        case .unknownExtension(let name): return "unknown cmark-gfm extension \"\(name)\""
        case .renderFailed: return "cmark-gfm could not render the document"
        }
    }
}
