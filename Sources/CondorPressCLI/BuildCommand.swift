import ArgumentParser
import Foundation
import MarketData
import Publishing

/// `condorpress build`: evaluates the rules and publishes the whole site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Evaluate the rules and publish the whole static site.",
        discussion: """
            The first build (and --full) writes the site into a staging folder beside --output and \
            swaps it in only when every step succeeded. Later builds render what changed and move \
            only the files whose bytes differ into place, under a rollback journal; the result is \
            byte-identical to a full build. A failed or killed build leaves the previous site as it \
            was (see `condorpress recover`).

            A build replaces only an output folder that is absent, empty, or a site CondorPress \
            published (it holds .condorpress/manifest); anything else is refused before any work, \
            untouched. Whatever the flags, the output may not be, contain or lie inside --content, \
            --templates or --data, and may not be or contain the configuration file's folder, \
            the working directory, a repository, the filesystem root or a home folder. A symbolic \
            link as --output is followed: the folder it points to gets the new site and the link \
            stays. Files in <content>/static/ (CNAME, robots.txt, a favicon) are copied into every \
            build verbatim; keep such files there, not in the output.

            With site.search on (or --search), the build runs Pagefind over the pages before \
            publishing them and adds search/index.html and the index, pagefind/. Pagefind is \
            found through python3 (pip install pagefind-bin, or make browser-deps), or is the \
            command CONDORPRESS_PAGEFIND names.
            """
    )

    @OptionGroup var locations: SiteLocations

    @Option(help: ArgumentHelp("The Mustache templates folder (default: SITE/Templates).", valueName: "DIR"))
    var templates: String?

    @Option(help: ArgumentHelp("The output folder (default: SITE/Output).", valueName: "DIR"))
    var output: String?

    @Option(help: "First date to publish (YYYY-MM-DD).", transform: DateArgument.parse)
    var from: CalendarDate?

    @Option(help: "Last date to evaluate and publish (YYYY-MM-DD).", transform: DateArgument.parse)
    var to: CalendarDate?

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "The site's public address, http:// or https://, for the feed and the sitemap (default: site.baseURL).",
            valueName: "URL"))
    var baseURL: String?

    @Flag(help: "Skip bad data rows with a warning for each instead of failing.")
    var lenient = false

    @Flag(help: "Render every page, reusing nothing from the previous build.")
    var full = false

    @Flag(
        inversion: .prefixedNo,
        help: "Publish the search page and its Pagefind index, or not, whatever site.search says.")
    var search: Bool?

    @Flag(help: "Print how long each step took, on standard error.")
    var timings = false

    func run() throws {
        let paths = locations.paths(templates: templates, output: output)
        try paths.requireInputs([.content, .data, .config, .templates])
        let options = BuildOptions(
            content: paths.content, data: paths.data, templates: paths.templates, output: paths.output,
            config: paths.config, from: from, to: to, baseURL: baseURL, lenient: lenient, full: full,
            search: search)
        let summary = try ProblemReport.run {
            try SiteBuilder(options: options, progress: TerminalProgress.reporter()).build()
        }
        for warning in summary.warnings { ProblemReport.warn(warning) }
        for note in summary.notes { ProblemReport.note(note) }
        if timings {
            for (step, seconds) in summary.timings {
                FileHandle.standardError.write(Data("  \(step): \(String(format: "%.3f", seconds)) s\n".utf8))
            }
        }
        print(
            "Published \(summary.briefings) briefings (\(summary.files) files, \(summary.reused) reused from the previous build, \(summary.changed) written or removed) into \(paths.output)"
        )
    }
}
