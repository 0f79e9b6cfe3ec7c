import ArgumentParser
import Foundation
import MarketData
import Publishing

/// `condorpress check`: validates data, configuration, content and templates (and, with `--links`,
/// the links of a built site), reporting every problem with its file and line.
///
/// Problems go to standard error, one line each (`file:line: column C: message`, warnings prefixed
/// with `warning: `, remarks with `note: `); on success a one-line summary goes to standard output.
/// The exit status is non-zero when any problem is an error.
public struct CheckCommand: ParsableCommand {
    /// The subcommand's name and help text.
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate data, configuration, content and templates, reporting every problem with file and line.",
        discussion: """
            With --links DIR it also checks that every internal link and anchor of a built site (an \
            output folder) resolves.
            """
    )

    /// Where the site's inputs are (`--site`, `--content`, `--data`, `--config`).
    @OptionGroup var locations: SiteLocations

    /// The templates folder.
    @Option(help: ArgumentHelp("The Mustache templates folder (default: SITE/Templates).", valueName: "DIR"))
    public var templates: String?

    /// A built site whose internal links to check.
    @Option(help: ArgumentHelp("A built site folder whose internal links and anchors to check.", valueName: "DIR"))
    public var links: String?

    /// Skip rows with problems (reported as warnings) instead of failing.
    @Flag(help: "Skip rows with problems, listing each as a warning; header, order and empty-file problems still fail.")
    public var lenient = false

    /// Creates the command with its defaults.
    public init() {}

    /// Validates the data folder and reports the outcome.
    public mutating func run() throws {
        let paths = locations.paths(templates: templates)
        do {
            try paths.requireInputs([.content, .data, .config, .templates])
        } catch {
            // `check --site` used to name a built site; say where that moved.
            if let site = locations.site, PathKind.of(SitePaths.join(site, "index.html")) == .file {
                ProblemReport.note("\(site) looks like a built site: check its links with --links \(site)")
            }
            throw error
        }
        let loaded = try? Self.loadReportingProblems(directory: paths.data, lenient: lenient)
        let options = BuildOptions(
            content: paths.content, data: paths.data, templates: paths.templates, config: paths.config)
        var problems = SiteCheck.problems(options: options)
        if let links { problems += try LinkChecker(directory: links).problems() }
        Self.writeToStandardError(problems.map(\.description))
        guard let loaded, problems.isEmpty else { throw ExitCode.failure }
        Self.writeToStandardError(loaded.notes.map { "note: \(DataReportWording.line($0))" })
        let configuration = try EvaluateCommand.loadConfiguration(paths.config)
        let placeholder = PublishedAddress.placeholderWarning(
            address: configuration.site.baseURL, overridden: false, configFile: paths.config)
        Self.writeToStandardError(placeholder.map { ["warning: \($0)"] } ?? [])
        print(Self.summary(of: loaded, directory: paths.data))
        print(
            "\(paths.config), \(paths.content), \(paths.templates): no problems"
                + (links.map { "; every internal link in \($0) resolves" } ?? ""))
    }

    /// Loads the data folder; on failure writes every problem to standard error and exits non-zero.
    ///
    /// On success the warnings are written to standard error and the loaded data is returned.
    static func loadReportingProblems(directory: String, lenient: Bool) throws -> LoadedMarketData {
        do {
            let loaded = try MarketDataLoader(directory: directory, lenient: lenient).load()
            writeToStandardError(loaded.warnings.map { "warning: \(DataReportWording.line($0))" })
            return loaded
        } catch let error as DataValidationError {
            writeToStandardError(
                error.issues.map { ($0.isError ? "" : "warning: ") + DataReportWording.line($0) })
            throw ExitCode.failure
        }
    }

    /// The success line, e.g. `Content/data: 9131 trading days from 1990-01-02 to 2026-03-13, 6 files, 2 warnings`.
    static func summary(of loaded: LoadedMarketData, directory: String) -> String {
        let days = loaded.series.days
        let span = days.first.flatMap { first in days.last.map { "from \(first.date) to \($0.date)" } } ?? ""
        let dayCount = days.count == 1 ? "1 trading day" : "\(days.count) trading days"
        let files = loaded.sources.count == 1 ? "1 file" : "\(loaded.sources.count) files"
        let warnings = loaded.warnings.count == 1 ? "1 warning" : "\(loaded.warnings.count) warnings"
        return "\(directory): \(dayCount) \(span), \(files), \(warnings)"
    }

    /// Writes each line to standard error.
    static func writeToStandardError(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        let text = lines.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
