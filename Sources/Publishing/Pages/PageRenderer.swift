import Mustache
import Strategy

/// Renders Markdown templates and full HTML pages (page template inheriting the layout).
struct PageRenderer: Sendable {
    let templates: TemplateLibrary
    let site: SiteSettingsView

    /// Renders a Markdown-producing template with `context` (a typed page model or a dictionary).
    func markdown(template: String, context: any MustacheParent) throws -> String {
        try templates.render(template, context)
    }

    /// Renders a full page: `template` inherits `layout`, receiving `site`, `page` and `extra`.
    /// - Parameters:
    ///   - root: the relative path from the page's folder to the site root (`""`, `"../"`, ...).
    ///   - body: the page's main HTML, inserted unescaped (it comes from cmark-gfm or our own builders).
    func page(
        template: String, title: String, description: String, root: String, body: String,
        extra: any MustacheParent = [String: any Sendable]()
    ) throws -> String {
        let context = PageContext(
            site: site, page: PageHeading(title: title, description: description, root: root), body: body, extra: extra)
        return try templates.render(template, context)
    }
}

/// What a page template sees: `site`, `page` and `body`, then the page's own names from `extra`.
struct PageContext: MustacheParent {
    let site: SiteSettingsView
    let page: PageHeading
    /// The page's main HTML.
    let body: String
    /// The page's own names (a typed value or a dictionary); `site`, `page` and `body` take precedence.
    let extra: any MustacheParent

    /// `site`, `page`, `body`, else the name looked up in `extra`.
    func child(named key: String) -> Any? {
        switch key {
        case "site": site
        case "page": page
        case "body": TemplateText(body)
        default: extra.child(named: key)
        }
    }
}

/// The page's own heading values as templates see them (`page.title`, `page.description`, `page.root`).
struct PageHeading: MustacheParent {
    let title: String
    let description: String
    /// The relative path from the page's folder to the site root.
    let root: String

    /// `title`, `description`, `root`.
    func child(named key: String) -> Any? {
        switch key {
        case "title": TemplateText(title)
        case "description": TemplateText(description)
        case "root": TemplateText(root)
        default: nil
        }
    }
}

/// The site settings as templates see them.
struct SiteSettingsView: Sendable {
    var title: String
    var description: String
    var language: String
    var author: String
    /// The absolute site URL, always ending in `/`.
    var baseURL: String
    var feedEntries: Int
    /// The educational notice printed on every page.
    var notice: String

    /// The notice every page carries.
    static let educationalNotice =
        "This site is educational. Its option prices are modelled from the VIX, not quoted, and nothing here is advice to buy or sell anything."

    /// The view of `settings`, with `baseURL` overriding the configured address when given.
    init(settings: SiteSettings, baseURL: String? = nil) {
        title = settings.title
        description = settings.description
        language = settings.language
        author = settings.author
        let url = baseURL ?? settings.baseURL
        self.baseURL = url.hasSuffix("/") ? url : url + "/"
        feedEntries = settings.feedEntries
        notice = SiteSettingsView.educationalNotice
    }

}

extension SiteSettingsView: MustacheParent {
    /// The names templates read as `site.…`: `title`, `description`, `language`, `notice`.
    func child(named key: String) -> Any? {
        switch key {
        case "title": TemplateText(title)
        case "description": TemplateText(description)
        case "language": TemplateText(language)
        case "notice": TemplateText(notice)
        default: nil
        }
    }
}
