import MarketData
import Strategy

/// Renders one trading day's briefing: Markdown from the template, then HTML with glossary links
/// and inline figures, written as `briefings/<date>/index.html` and `briefing.md`.
struct BriefingWriter: Sendable {
    let source: BriefingSource
    let renderer: PageRenderer
    let markdown: ContentRenderer
    /// The first published index (no "previous" link before it).
    let first: Int

    /// Writes the briefing of `source.days[index]` into `output`.
    /// - Returns: the glossary slugs the briefing links to.
    func write(index: Int, to output: StagedOutput) throws -> [String] {
        let page = BriefingPage(source: source, index: index, root: "../../", first: first)
        let file = "briefings/\(page.date.iso)/briefing.md"
        let text = try renderer.markdown(template: "briefing.md", context: page.context)
        let body = try markdown.render(
            text, file: file, root: "../../", figures: BriefingFigures.figures(for: page, source: source, index: index))
        let html = try renderer.page(
            template: "briefing", title: page.title, description: page.description, root: "../../", body: body.html,
            extra: page.context)
        try output.write(text, to: file)
        try output.write(html, to: "briefings/\(page.date.iso)/index.html")
        return body.terms
    }

    /// The home page: the latest briefing, with links relative to the site root.
    func home(index: Int) throws -> String {
        let page = BriefingPage(source: source, index: index, root: "", first: first)
        let text = try renderer.markdown(template: "briefing.md", context: page.context)
        let body = try markdown.render(
            text, file: "index.html", root: "", figures: BriefingFigures.figures(for: page, source: source, index: index))
        return try renderer.page(
            template: "home", title: "Latest briefing: \(page.date.iso)", description: page.description, root: "",
            body: body.html, extra: page.context)
    }
}
