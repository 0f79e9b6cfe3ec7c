import Foundation
import MarketData

/// The steps of `SiteBuilder`, one function each.
enum SiteSteps {
    /// Reads and validates the EOD data, keeping the trading days in the requested range.
    static func loadData(_ state: inout SiteBuildState) throws {
        let loaded: LoadedMarketData
        do {
            loaded = try MarketDataLoader(directory: state.options.data, lenient: state.options.lenient).load()
        } catch let error as DataValidationError {
            throw PublishingErrors(error.issues.map { PublishingError(message: $0.description) })
        }
        state.warnings += loaded.warnings.map(\.description) + loaded.notes
        state.series = loaded.series.clipped(from: state.options.from, to: state.options.to)
        guard !state.series.days.isEmpty else {
            throw PublishingError(file: state.options.data, message: "no trading days in the requested range")
        }
    }

    /// Loads the Mustache templates.
    static func loadTemplates(_ state: inout SiteBuildState) throws {
        state.templates = try TemplateLibrary(directory: state.options.templates)
    }

    /// Renders every page into a fresh staging folder beside the output.
    static func renderPages(_ state: inout SiteBuildState) throws {
        guard let templates = state.templates else { return }
        let staged = try StagedOutput(output: state.options.output)
        state.staged = staged
        let renderer = PageRenderer(templates: templates, site: SiteSettingsView.defaults)
        let days = state.series.days
        let count = try ParallelRender.run(count: days.count) { index in
            let page = BriefingPage(days: days, index: index)
            let markdown = try renderer.markdown(template: "briefing.md", context: page.context)
            let html = try renderer.page(
                template: "briefing", title: page.title, description: page.description, root: "../../",
                body: try MarkdownRenderer.html(from: markdown), extra: page.context)
            try staged.write(markdown, to: "briefings/\(page.date.iso)/briefing.md")
            try staged.write(html, to: "briefings/\(page.date.iso)/index.html")
            return 2
        }
        state.filesWritten += count
        if let last = days.indices.last {
            let page = BriefingPage(days: days, index: last)
            let markdown = try renderer.markdown(template: "briefing.md", context: page.context)
            let html = try renderer.page(
                template: "home", title: "Latest briefing: \(page.date.iso)", description: page.description,
                root: "", body: try MarkdownRenderer.html(from: markdown), extra: page.context)
            try staged.write(html, to: "index.html")
            state.filesWritten += 1
        }
        let css = URL(fileURLWithPath: state.options.templates).appendingPathComponent("style.css")
        guard let stylesheet = FileManager.default.contents(atPath: css.path) else {
            throw PublishingError(file: css.path, message: "the stylesheet is missing")
        }
        try staged.write(stylesheet, to: "style.css")
        state.filesWritten += 1
    }

    /// Swaps the staging folder in as the output.
    static func publish(_ state: inout SiteBuildState) throws {
        try state.staged?.commit()
    }
}
