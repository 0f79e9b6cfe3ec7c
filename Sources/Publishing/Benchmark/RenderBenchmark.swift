import Foundation
import MarketData
import Strategy

/// Times each stage of rendering a briefing, for `make bench` (never used by a build).
public enum RenderBenchmark {
    /// Renders every published briefing of `options` once, in memory and on one thread, and
    /// returns the total seconds spent in each stage, in pipeline order.
    public static func stages(options: BuildOptions) throws -> [(stage: String, seconds: Double)] {
        let evaluation = try SiteBuilder.evaluation.run(options)
        let data = evaluation.data
        let writer = try SiteSteps.briefingWriter(evaluation)
        let source = writer.source
        let renderer = writer.renderer
        let linker = GlossaryLinker(targets: data.content.siteContent.linkTargets)
        let clock = ContinuousClock()
        var totals = [Duration](repeating: .zero, count: 8)
        func time<T>(_ slot: Int, _ work: () throws -> T) rethrows -> T {
            let start = clock.now
            let result = try work()
            totals[slot] += clock.now - start
            return result
        }
        for index in data.published {
            let inputs = time(0) {
                BriefingInputs(source: source, index: index, root: "../../", first: data.published.lowerBound)
            }
            _ = try time(7) { try writer.key(of: inputs) }
            let page = time(0) { BriefingPage(inputs) }
            let text = try time(1) { try renderer.markdownBytes(template: "briefing.md", context: page) }
            let figures = time(2) { BriefingFigures.figures(for: inputs) }
            let document = try time(3) { try MarkdownDocument(parsing: text, options: .site) }
            time(3) { document.replaceMarkerComments(prefix: "figure:", with: figures) }
            _ = try time(4) { try linker.link(document, file: "bench", href: { "../../glossary/\($0)/index.html" }) }
            let body = try time(5) { try document.htmlBytes() }
            _ = try time(6) {
                try renderer.pageBytes(
                    template: "briefing", path: "briefings/\(page.date)/index.html", title: page.title, description: page.description, root: "../../", body: body,
                    extra: page.navigation)
            }
        }
        let names = [
            "page context", "Markdown template", "charts (payoff curves and SVG)", "cmark-gfm parse", "glossary links",
            "HTML render", "page template", "cache key (canonical encoding of the inputs, hashed)",
        ]
        return zip(names, totals).map { name, duration in
            let (seconds, attoseconds) = duration.components
            return (name, Double(seconds) + Double(attoseconds) / 1e18)
        }
    }
}
