import Foundation
import MarketData
import OutputStore
import Strategy

/// Renders one trading day's briefing: Markdown from the template, then HTML with glossary links
/// and inline figures, written as `briefings/<date>/index.html` and `briefing.md`.
struct BriefingWriter: Sendable {
    let source: BriefingSource
    let renderer: PageRenderer
    let markdown: ContentRenderer
    /// The first published index (no "previous" link before it).
    let first: Int
    /// The fingerprint of what every briefing shares: templates, glossary link targets,
    /// configuration and options (`InputFingerprint.briefings`).
    let inputKey: String

    /// Renders the briefing of `source.days[index]` into `output`.
    /// - Returns: the page's manifest entry (its input key and the glossary slugs it links to).
    func write(index: Int, to output: any SiteOutput) throws -> BuildManifest.Briefing {
        let page = BriefingPage(source: source, index: index, root: "../../", first: first)
        let key = self.key(of: page, index: index)
        let folder = "briefings/\(page.date.iso)"
        let file = "\(folder)/briefing.md"
        let text = try renderer.markdown(template: "briefing.md", context: page.context)
        let body = try markdown.render(
            text, file: file, root: "../../", figures: BriefingFigures.figures(for: page, source: source, index: index))
        let html = try renderer.page(
            template: "briefing", title: page.title, description: page.description, root: "../../", body: body.html,
            extra: page.navigation)
        try output.write(text, to: file)
        try output.write(html, to: "\(folder)/index.html")
        return BuildManifest.Briefing(key: key, terms: body.terms)
    }

    /// The input key of the briefing of `source.days[index]`.
    func key(index: Int) -> String {
        key(of: BriefingPage(source: source, index: index, root: "../../", first: first), index: index)
    }

    /// The hash of everything the page is made from: the global inputs, the template context and
    /// the exact numbers its charts are drawn from.
    func key(of page: BriefingPage, index: Int) -> String {
        var hash = StableHash()
        hash.combine(inputKey)
        hash.combine(ContextDigest.text(page.context))
        let day = source.days[index]
        hash.combine(day.spx)
        hash.combine(day.vix)
        hash.combine(day.ratePercent ?? .nan)
        if let position = page.featured.position {
            hash.combine(position.expiration.iso)
            for value in [position.credit, position.contracts, position.wingWidth, position.erosion, position.band] {
                hash.combine(value)
            }
            for value in position.breakevens { hash.combine(value) }
            for leg in position.legs {
                hash.combine(leg.kind.rawValue + leg.side.rawValue)
                hash.combine(leg.strike)
            }
        }
        return hash.hex
    }

    /// The home page: the latest briefing, with links relative to the site root.
    func home(index: Int) throws -> String {
        let page = BriefingPage(source: source, index: index, root: "", first: first)
        let text = try renderer.markdown(template: "briefing.md", context: page.context)
        let body = try markdown.render(
            text, file: "index.html", root: "",
            figures: BriefingFigures.figures(for: page, source: source, index: index))
        return try renderer.page(
            template: "home", title: "Latest briefing: \(page.date.iso)", description: page.description, root: "",
            body: body.html, extra: page.navigation)
    }
}
