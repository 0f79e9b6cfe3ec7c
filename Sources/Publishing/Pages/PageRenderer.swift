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

    /// ``markdown(template:context:)`` as UTF-8 bytes.
    func markdownBytes(template: String, context: any MustacheParent) throws -> [UInt8] {
        try templates.renderBytes(template, context)
    }

    /// Renders a full page: `template` inherits `layout`, receiving `site`, `page` and `extra`.
    /// - Parameters:
    ///   - path: the page's file below the site root (`"glossary/vix/index.html"`), which gives its
    ///     canonical address and its OpenGraph type.
    ///   - root: the relative path from the page's folder to the site root (`""`, `"../"`, ...), or
    ///     the site's absolute address on a page served at other addresses (the 404 page).
    ///   - body: the page's main HTML, inserted unescaped (it comes from cmark-gfm or our own builders).
    func page(
        template: String, path: String, title: String, description: String, root: String, body: String,
        extra: any MustacheParent = [String: any Sendable]()
    ) throws -> String {
        String(
            decoding: try pageBytes(
                template: template, path: path, title: title, description: description, root: root, body: body, extra: extra),
            as: UTF8.self)
    }

    /// ``page(template:path:title:description:root:body:extra:)`` as UTF-8 bytes.
    func pageBytes(
        template: String, path: String, title: String, description: String, root: String, body: String,
        extra: any MustacheParent = [String: any Sendable]()
    ) throws -> [UInt8] {
        try pageBytes(
            template: template, path: path, title: title, description: description, root: root, body: .text(body), extra: extra)
    }

    /// ``page(template:path:title:description:root:body:extra:)`` of a UTF-8 body, as UTF-8 bytes.
    func pageBytes(
        template: String, path: String, title: String, description: String, root: String, body: [UInt8],
        extra: any MustacheParent = [String: any Sendable]()
    ) throws -> [UInt8] {
        try pageBytes(
            template: template, path: path, title: title, description: description, root: root, body: .utf8(body), extra: extra)
    }

    /// ``page(template:path:title:description:root:body:extra:)`` of a body as a template value.
    private func pageBytes(
        template: String, path: String, title: String, description: String, root: String, body: TemplateValue,
        extra: any MustacheParent
    ) throws -> [UInt8] {
        let heading = PageHeading(
            title: title, description: description, root: root, url: site.address(of: path),
            openGraphType: path.hasPrefix("briefings/") ? "article" : "website")
        let context = PageContext(site: site, page: heading, body: body, extra: extra)
        return StackedTables.marked(try templates.renderBytes(template, context))
    }
}

/// What a page template sees: `site`, `page` and `body`, then the page's own names from `extra`.
struct PageContext: TemplateNode {
    let site: SiteSettingsView
    let page: PageHeading
    /// The page's main HTML (``TemplateValue/text(_:)`` or ``TemplateValue/utf8(_:)``).
    let body: TemplateValue
    /// The page's own names (a typed value or a dictionary); `site`, `page` and `body` take precedence.
    let extra: any MustacheParent
    /// `extra` as a typed node, when it is one (cast once, not at every name).
    private let extraNode: (any TemplateNode)?

    init(site: SiteSettingsView, page: PageHeading, body: TemplateValue, extra: any MustacheParent) {
        self.site = site
        self.page = page
        self.body = body
        self.extra = extra
        extraNode = extra as? any TemplateNode
    }

    /// `site`, `page`, `body`, else the name looked up in `extra`.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "site": .node(site)
        case "page": .node(page)
        case "body": body
        default: extraNode.map { $0.value(named: key) } ?? extra.child(named: key).map { .other($0) }
        }
    }
}

/// The page's own heading values as templates see them (`page.title`, `page.description`,
/// `page.root`, `page.url`, `page.openGraphType`).
struct PageHeading: TemplateNode {
    let title: String
    /// One sentence on what the page holds: the meta, OpenGraph and Twitter description.
    let description: String
    /// The relative path from the page's folder to the site root.
    let root: String
    /// The page's absolute address (`SiteSettingsView.address(of:)`): its canonical link and `og:url`.
    let url: String
    /// `article` for a briefing, `website` for every other page.
    let openGraphType: String

    /// `title`, `description`, `root`, `url`, `openGraphType`.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "description": .text(description)
        case "root": .text(root)
        case "url": .text(url)
        case "openGraphType": .text(openGraphType)
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
    /// Whether the site has a search page (`site.search`, or the build's override).
    var search: Bool
    /// The educational notice printed on every page.
    var notice: String

    /// The notice every page carries.
    static let educationalNotice =
        "This site is educational. Its option prices are modelled from the VIX unless a page says they are quoted, and nothing here is advice to buy or sell anything."

    /// The view of `settings`, with `baseURL` overriding the configured address when given.
    init(settings: SiteSettings, baseURL: String? = nil) {
        title = settings.title
        description = settings.description
        language = settings.language
        author = settings.author
        let url = baseURL ?? settings.baseURL
        self.baseURL = url.hasSuffix("/") ? url : url + "/"
        feedEntries = settings.feedEntries
        search = settings.search
        notice = SiteSettingsView.educationalNotice
    }

    /// The absolute address of the page at `path` below the site root: the base URL itself for the
    /// home page (`index.html`), as in the sitemap.
    func address(of path: String) -> String {
        path == "index.html" ? baseURL : baseURL + path
    }
}

extension SiteSettingsView: TemplateNode {
    /// The names templates read as `site.…`: `title`, `description`, `language`, `notice`, `search`.
    func value(named key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "description": .text(description)
        case "language": .text(language)
        case "notice": .text(notice)
        case "search": .flag(search)
        default: nil
        }
    }
}
