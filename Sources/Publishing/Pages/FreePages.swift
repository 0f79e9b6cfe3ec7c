/// Renders the free pages (about, methodology, disclaimer) at `<slug>/index.html`.
struct FreePages {
    let content: SiteContent
    let renderer: PageRenderer
    let markdown: ContentRenderer
    /// The generated section on the inputs of this build, appended to the methodology page.
    var inputs: BuildInputsSection?

    /// One file per free page.
    func files() throws -> [(path: String, contents: String)] {
        try content.pages.map { page in
            var text = page.body
            if let inputs, page.slug == BuildInputsSection.pageSlug {
                text += (text.hasSuffix("\n") ? "\n" : "\n\n") + (try inputs.markdown(renderer: renderer))
            }
            let body = try markdown.render(text, file: page.file, bodyLine: page.bodyLine, root: "../")
            let html = try renderer.page(
                template: "page", path: "\(page.slug)/index.html", title: page.title, description: page.summary, root: "../", body: body.html)
            return (path: "\(page.slug)/index.html", contents: html)
        }
    }
}
