/// Renders Markdown templates and full HTML pages (page template inheriting the layout).
struct PageRenderer: Sendable {
    let templates: TemplateLibrary
    let site: SiteSettingsView

    /// Renders a Markdown-producing template with `context`.
    func markdown(template: String, context: [String: any Sendable]) throws -> String {
        try templates.render(template, context)
    }

    /// Renders a full page: `template` inherits `layout`, receiving `site`, `page` and `extra`.
    /// - Parameters:
    ///   - root: the relative path from the page's folder to the site root (`""`, `"../"`, ...).
    ///   - body: the page's main HTML, inserted unescaped (it comes from cmark-gfm or our own builders).
    func page(
        template: String, title: String, description: String, root: String, body: String,
        extra: [String: any Sendable] = [:]
    ) throws -> String {
        var context = extra
        context["site"] = site.context
        context["page"] = ["title": title, "description": description, "root": root] as [String: String]
        context["body"] = body
        return try templates.render(template, context)
    }
}

/// The site settings as templates see them.
struct SiteSettingsView: Sendable {
    var title: String
    var description: String
    var language: String
    var notice: String

    /// The values used until a configuration is loaded.
    static let defaults = SiteSettingsView(
        title: "CondorPress",
        description: "Educational daily briefings on a rules-based SPX iron condor with an adaptive VIX hedge.",
        language: "en",
        notice: "This site is educational. Its option prices are modelled, not quoted, and nothing here is advice to buy or sell anything."
    )

    var context: [String: String] {
        ["title": title, "description": description, "language": language, "notice": notice]
    }
}
