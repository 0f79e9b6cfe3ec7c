import Foundation

/// Renders `404.html`, the page a server shows for an address the site does not have.
///
/// A host serves it at whatever address was missing, however deep (`/site/briefings/2099-01-01/`),
/// so its relative links would resolve against that address. The page therefore carries
/// `<base href>` with the path of the site's public address: its links and stylesheet resolve
/// against the site root wherever it is served.
struct NotFoundPage {
    let renderer: PageRenderer
    /// Where the page goes; links on it are relative to the site root.
    static let path = "404.html"
    /// The path of the site's public address, such as `/condorpress/` (`site.baseURL`).
    let basePath: String

    /// The 404 page of a site published at `baseURL`.
    init(renderer: PageRenderer, baseURL: String) {
        self.renderer = renderer
        basePath = Self.path(of: baseURL)
    }

    /// The path of an absolute URL, ending in `/` (`/` when it has none).
    static func path(of url: String) -> String {
        let path = URL(string: url)?.path ?? ""
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// The page's file.
    func file() throws -> (path: String, contents: String) {
        (
            path: Self.path,
            contents: try renderer.page(
                template: "404", title: "Page not found", description: "There is no page at this address.", root: "",
                body: "", extra: ["basePath": basePath])
        )
    }
}
