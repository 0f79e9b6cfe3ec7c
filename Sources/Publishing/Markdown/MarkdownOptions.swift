/// How CondorPress asks cmark-gfm to parse and render Markdown.
public struct MarkdownOptions: Sendable, Hashable {
    /// The GitHub Flavored Markdown extensions the site enables, in attachment order.
    public static let siteExtensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Extension names to attach to the parser and pass to the renderer.
    public var extensions: [String]
    /// When true, raw HTML and dangerous URLs pass through; only for trusted content.
    public var unsafe: Bool
    /// When true, table cell alignment is written as `style="text-align: …"` (valid HTML5)
    /// instead of cmark-gfm's default `align` attribute, which HTML5 calls obsolete.
    public var tableStyleAttributes: Bool

    /// Creates options; the defaults are cmark-gfm's own output with the site's extensions, in safe mode.
    public init(
        extensions: [String] = MarkdownOptions.siteExtensions, unsafe: Bool = false, tableStyleAttributes: Bool = false
    ) {
        self.extensions = extensions
        self.unsafe = unsafe
        self.tableStyleAttributes = tableStyleAttributes
    }

    /// The settings of `condorpress markdown`: the reference cmark-gfm output, safe mode.
    public static let reference = MarkdownOptions()

    /// The settings of published pages: safe mode, HTML5-valid table alignment.
    public static let site = MarkdownOptions(tableStyleAttributes: true)
}
