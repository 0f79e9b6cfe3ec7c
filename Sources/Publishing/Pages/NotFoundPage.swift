/// Renders `404.html`, the page a server shows for an address the site does not have.
struct NotFoundPage {
    let renderer: PageRenderer
    /// Where the page goes; links on it are relative to the site root.
    static let path = "404.html"

    /// The page's file.
    func file() throws -> (path: String, contents: String) {
        (
            path: Self.path,
            contents: try renderer.page(
                template: "404", title: "Page not found", description: "There is no page at this address.", root: "",
                body: "")
        )
    }
}
