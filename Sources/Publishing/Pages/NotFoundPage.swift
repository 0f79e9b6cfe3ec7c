/// Renders `404.html`, the page a server shows for an address the site does not have.
///
/// A host serves it at whatever address was missing, however deep (`/site/briefings/2099-01-01/`),
/// so relative links would resolve against that address. Every link on the page and its
/// stylesheet are therefore absolute, built from the site's public address (`site.baseURL`): the
/// page is styled and its navigation works wherever it is served.
struct NotFoundPage {
    let renderer: PageRenderer
    /// Where the page goes.
    static let path = "404.html"

    /// The page's file: the layout and the 404 template with the site's absolute address as root.
    func file() throws -> (path: String, contents: String) {
        (
            path: Self.path,
            contents: try renderer.page(
                template: "404", path: Self.path, title: "Page not found",
                description: "There is no page at this address; the latest briefing, the archive and the glossary are good places to continue.",
                root: renderer.site.baseURL, body: "")
        )
    }
}
