import ArgumentParser
import Foundation
import Publishing

/// `condorpress markdown`: renders one Markdown file (or standard input) to an HTML fragment.
struct MarkdownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "markdown",
        abstract: "Render one Markdown file (or standard input) to an HTML fragment with the site's cmark-gfm settings.",
        discussion: """
            Extensions: table, strikethrough, autolink, tagfilter, tasklist. Raw HTML is omitted \
            unless --unsafe is given. Glossary links are added unless --no-glossary is given.
            """
    )

    @Flag(name: .customLong("no-glossary"), help: "Do not insert glossary links.")
    var noGlossary = false

    @Flag(help: "Let raw HTML and dangerous URLs through (trusted content only).")
    var unsafe = false

    @Option(
        name: [.customShort("s"), .long],
        help: ArgumentHelp("The site folder whose glossary is used for links (default: .).", valueName: "DIR"))
    var site: String?

    @Option(
        help: ArgumentHelp(
            "The content folder whose glossary is used for links (default: SITE/Content).", valueName: "DIR"))
    var content: String?

    @Option(name: .customLong("link-root"), help: "Prefix of glossary link URLs (the path from the page to the site root).")
    var linkRoot = ""

    @Argument(help: "The Markdown file to render, or - for standard input.")
    var file: String = "-"

    func run() throws {
        let paths = SitePaths(site: site, content: content)
        // Without --site or --content, a working folder with no glossary renders without links.
        let explicit = !paths.explicit.isDisjoint(with: [.site, .content])
        if !noGlossary, explicit { try paths.requireInputs([.content]) }
        let markdown = try InputText.read(file)
        let document = try MarkdownDocument(parsing: markdown, options: MarkdownOptions(unsafe: unsafe))
        if !noGlossary, explicit || PathKind.of(SitePaths.join(paths.content, "glossary")) == .folder {
            let site = try ProblemReport.run { try ContentLoader(directory: paths.content).load() }
            let linker = GlossaryLinker(targets: site.linkTargets)
            let root = linkRoot
            _ = try ProblemReport.run {
                try linker.link(document, file: file == "-" ? "<stdin>" : file, href: { root + "glossary/\($0)/index.html" })
            }
        }
        FileHandle.standardOutput.write(Data(try document.html().utf8))
    }
}
