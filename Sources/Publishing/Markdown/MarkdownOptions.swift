/// How CondorPress asks cmark-gfm to parse and render Markdown.
public struct MarkdownOptions: Sendable, Hashable {
    /// The GitHub Flavored Markdown extensions the site enables, in attachment order.
    public static let siteExtensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Extension names to attach to the parser and pass to the renderer.
    public var extensions: [String]
    /// When true, raw HTML and dangerous URLs pass through; only for trusted content.
    public var unsafe: Bool

    /// Creates options; the defaults are the site's settings in safe mode.
    public init(extensions: [String] = MarkdownOptions.siteExtensions, unsafe: Bool = false) {
        self.extensions = extensions
        self.unsafe = unsafe
    }

    /// The site's settings in safe mode (raw HTML omitted).
    public static let site = MarkdownOptions()
}
