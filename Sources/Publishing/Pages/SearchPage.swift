import Foundation

/// The search page (`search/index.html`) and its script (`search/search.js`, from the templates
/// folder), published when `site.search` is on, beside Pagefind's bundle (`pagefind/`).
///
/// The page is a progressive enhancement: its form is hidden until the script has loaded the
/// index, so without JavaScript, or from `file://` (where a browser refuses to fetch the index),
/// the page shows links to the archive, the glossary and the rules instead.
struct SearchPage {
    /// The page's path in the site.
    static let path = "search/index.html"
    /// The script's path in the site.
    static let scriptPath = "search/search.js"
    /// The script's file in the templates folder.
    static let scriptTemplate = "search.js"
    /// The folder of the site Pagefind's bundle is published in.
    static let bundleFolder = "pagefind"
    /// The bundle's entry script, relative to ``bundleFolder``.
    static let bundleScript = "pagefind.js"

    let renderer: PageRenderer
    /// The templates folder.
    let templates: String

    /// The page and its script.
    /// - Throws: `PublishingError` when the template `search.mustache` or the script is missing.
    func files() throws -> [(path: String, contents: Data)] {
        let page = try renderer.pageBytes(
            template: "search", path: SearchPage.path, title: "Search",
            description: "Search every briefing, glossary entry and rule of this site.", root: "../", body: "")
        let script = URL(fileURLWithPath: templates).appendingPathComponent(SearchPage.scriptTemplate)
        guard let scriptBytes = FileManager.default.contents(atPath: script.path) else {
            throw PublishingError(
                file: script.path, message: "the search script search.js is missing from the templates folder")
        }
        return [(SearchPage.path, Data(page)), (SearchPage.scriptPath, scriptBytes)]
    }
}
