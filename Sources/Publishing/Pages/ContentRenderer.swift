/// Renders content Markdown (glossary, rules, pages, briefings) with glossary links; ISO dates in
/// headings never break across lines (`MarkdownDocument.keepHeadingDatesTogether`).
struct ContentRenderer: Sendable {
    /// The linker, or nil when glossary links are off.
    let linker: GlossaryLinker?

    /// Renders `markdown` from `file` (whose body starts at `bodyLine`) for a page `root` levels down.
    /// - Parameters:
    ///   - root: the relative path from the page to the site root, e.g. `"../../"`.
    ///   - skipping: a term slug not to link (the term's own page).
    /// - Returns: the HTML and the slugs of the terms linked.
    /// - Throws: `PublishingError` with the file line of an unknown `[[Term]]`.
    func render(
        _ markdown: String, file: String, bodyLine: Int = 1, root: String, skipping: String? = nil
    ) throws -> (html: String, terms: [String]) {
        let (html, terms) = try renderBytes(
            Array(markdown.utf8), file: file, bodyLine: bodyLine, root: root, skipping: skipping)
        return (String(decoding: html, as: UTF8.self), terms)
    }

    /// ``render(_:file:bodyLine:root:skipping:)`` from UTF-8 to UTF-8, with figures: what a
    /// briefing, written as bytes, needs without a `String` between.
    /// - Parameter figures: raw HTML (our own SVG) to put in place of marker comments
    ///   `<!-- figure: name -->`, keyed by name; a marker without a figure is dropped.
    func renderBytes(
        _ markdown: [UInt8], file: String, bodyLine: Int = 1, root: String, skipping: String? = nil,
        figures: [String: [UInt8]] = [:]
    ) throws -> (html: [UInt8], terms: [String]) {
        let document = try MarkdownDocument(parsing: markdown, options: .site)
        document.replaceMarkerComments(prefix: "figure:", with: figures)
        var terms: [String] = []
        if let linker {
            do {
                terms = try linker.link(
                    document, file: file, href: { root + "glossary/\($0)/index.html" }, skipping: skipping)
            } catch var error as PublishingError {
                error.line = error.line.map { $0 + bodyLine - 1 }
                throw error
            }
        }
        document.keepHeadingDatesTogether()
        return (try document.htmlBytes(), terms)
    }
}
