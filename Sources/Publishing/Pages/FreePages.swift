/// Renders the free pages (about, methodology, disclaimer) at `<slug>/index.html`.
struct FreePages {
    let content: SiteContent
    let renderer: PageRenderer
    let markdown: ContentRenderer

    /// One file per free page.
    func files() throws -> [(path: String, contents: String)] {
        try content.pages.map { page in
            let body = try markdown.render(page.body, file: page.file, bodyLine: page.bodyLine, root: "../")
            let html = try renderer.page(
                template: "page", title: page.title, description: page.summary, root: "../", body: body.html)
            return (path: "\(page.slug)/index.html", contents: html)
        }
    }
}
