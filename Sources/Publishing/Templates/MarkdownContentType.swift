import Mustache

/// The Mustache content type for templates that produce Markdown: `{{value}}` is Markdown-escaped.
///
/// Select it in a template with the pragma `{{% CONTENT_TYPE: MARKDOWN}}`.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        MarkdownEscaping.escape(text)
    }

    /// Registers the content type under the name `MARKDOWN` (idempotent).
    static let registration: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()
}
