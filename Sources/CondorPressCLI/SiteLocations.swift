import ArgumentParser

/// The options that say where a site's inputs are: `--site`, `--content`, `--data`, `--config`.
///
/// Shared by every command that reads the site (`@OptionGroup`); `SitePaths` applies the defaults.
struct SiteLocations: ParsableArguments {
    /// The site folder every default is relative to.
    @Option(
        name: [.customShort("s"), .long],
        help: ArgumentHelp("The site folder; every default location is relative to it (default: .).", valueName: "DIR"))
    var site: String?

    /// The content folder (glossary, rules, pages).
    @Option(
        help: ArgumentHelp(
            "The content folder: glossary, rules, pages (default: SITE/Content). Moves the --data and --config defaults with it.",
            valueName: "DIR"))
    var content: String?

    /// The folder with `spx.csv`, `vix.csv` and the optional inputs.
    @Option(
        help: ArgumentHelp(
            "The folder with spx.csv, vix.csv and the optional inputs (default: CONTENT/data).", valueName: "DIR"))
    var data: String?

    /// The configuration file.
    @Option(help: ArgumentHelp("The configuration file (default: CONTENT/condorpress.yml).", valueName: "FILE"))
    var config: String?

    /// The locations with the defaults applied; `templates` and `output` come from the command's own options.
    func paths(templates: String? = nil, output: String? = nil) -> SitePaths {
        SitePaths(site: site, content: content, data: data, templates: templates, output: output, config: config)
    }
}
