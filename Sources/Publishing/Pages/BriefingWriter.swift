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
    /// The inputs every briefing of this build shares, and their key with ``inputKey``.
    private let shared: SharedBriefingInputs
    private let sharedKey: String

    /// A writer of `source`'s briefings; the shared part of every page's key is computed here, once.
    init(source: BriefingSource, renderer: PageRenderer, markdown: ContentRenderer, first: Int, inputKey: String)
        throws
    {
        self.source = source
        self.renderer = renderer
        self.markdown = markdown
        self.first = first
        self.inputKey = inputKey
        shared = SharedBriefingInputs(source)
        sharedKey = try Self.sharedKey(inputKey: inputKey, shared: shared)
    }

    /// Renders the briefing of `source.days[index]` into `output`.
    /// - Returns: the page's manifest entry (its input key and the glossary slugs it links to).
    func write(index: Int, to output: any SiteOutput) throws -> BuildManifest.Briefing {
        let inputs = BriefingInputs(source: source, index: index, root: "../../", first: first)
        let key = try self.key(of: inputs)
        let page = BriefingPage(inputs)
        let folder = "briefings/\(page.date)"
        let file = "\(folder)/briefing.md"
        let text = try renderer.markdownBytes(template: "briefing.md", context: page)
        let body = try markdown.renderBytes(
            text, file: file, root: "../../", figures: BriefingFigures.figures(for: inputs))
        let html = try renderer.pageBytes(
            template: "briefing", path: "\(folder)/index.html", title: page.title, description: page.description, root: "../../", body: body.html,
            extra: page.navigation)
        try output.write(text, to: file)
        try output.write(html, to: "\(folder)/index.html")
        return BuildManifest.Briefing(key: key, terms: body.terms)
    }

    /// The input key of the briefing of `source.days[index]`.
    func key(index: Int) throws -> String {
        try key(of: BriefingInputs(source: source, index: index, root: "../../", first: first))
    }

    /// The hash of the global briefing inputs, the shared inputs and the canonical encoding of the
    /// page's own inputs: everything the page and its figures are made from (``BriefingInputs`` is
    /// its shared part plus its encoded fields), so no input can be left out by hand.
    func key(of inputs: BriefingInputs) throws -> String {
        var hash = StableHash()
        if inputs.shared == shared {
            hash.combine(sharedKey)
        } else {
            hash.combine(try Self.sharedKey(inputKey: inputKey, shared: inputs.shared))
        }
        try hash.combine(canonicalEncoding: inputs)
        return hash.hex
    }

    /// The key of what a build's briefings share: the global briefing key and the canonical
    /// encoding of the shared inputs.
    private static func sharedKey(inputKey: String, shared: SharedBriefingInputs) throws -> String {
        var hash = StableHash()
        hash.combine(inputKey)
        try hash.combine(canonicalEncoding: shared)
        return hash.hex
    }

    /// The home page: the latest briefing, with links relative to the site root.
    func home(index: Int) throws -> [UInt8] {
        let inputs = BriefingInputs(source: source, index: index, root: "", first: first)
        let page = BriefingPage(inputs)
        let text = try renderer.markdownBytes(template: "briefing.md", context: page)
        let body = try markdown.renderBytes(
            text, file: "index.html", root: "", figures: BriefingFigures.figures(for: inputs))
        return try renderer.pageBytes(
            template: "home", path: "index.html", title: "Latest briefing: \(page.date)", description: page.description, root: "",
            body: body.html, extra: page.navigation)
    }
}
