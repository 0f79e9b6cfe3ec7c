/// Where a command finds the site's inputs and writes its output, once the defaults are applied.
///
/// This is the one place the defaults are decided (SPEC §7). Every default is relative to the site
/// folder (`--site`, the working folder when not given), and the data folder and the configuration
/// file follow the content folder:
///
/// | location | default |
/// |---|---|
/// | content | `SITE/Content` |
/// | data | `CONTENT/data` |
/// | config | `CONTENT/condorpress.yml` |
/// | templates | `SITE/Templates` |
/// | output | `SITE/Output` |
///
/// A location given explicitly is used as it is, relative to the working folder.
struct SitePaths: Equatable, Sendable {
    /// The site folder (`.` when `--site` was not given).
    var site: String
    /// The content folder (glossary, rules, pages).
    var content: String
    /// The folder with `spx.csv`, `vix.csv` and the optional inputs.
    var data: String
    /// The Mustache templates folder.
    var templates: String
    /// The output folder.
    var output: String
    /// The configuration file.
    var config: String
    /// The locations given on the command line rather than defaulted.
    var explicit: Set<SiteInput>

    /// Applies the defaults to the locations given on the command line (nil for not given).
    init(
        site: String? = nil, content: String? = nil, data: String? = nil, templates: String? = nil,
        output: String? = nil, config: String? = nil
    ) {
        let siteFolder = site ?? "."
        let contentFolder = content ?? Self.join(siteFolder, "Content")
        self.site = siteFolder
        self.content = contentFolder
        self.data = data ?? Self.join(contentFolder, "data")
        self.templates = templates ?? Self.join(siteFolder, "Templates")
        self.output = output ?? Self.join(siteFolder, "Output")
        self.config = config ?? Self.join(contentFolder, "condorpress.yml")
        let given: [(SiteInput, String?)] = [
            (.site, site), (.content, content), (.data, data), (.templates, templates), (.output, output),
            (.config, config),
        ]
        self.explicit = Set(given.compactMap { $0.1 == nil ? nil : $0.0 })
    }

    /// The path of one location.
    func path(of input: SiteInput) -> String {
        switch input {
        case .site: return site
        case .content: return content
        case .data: return data
        case .templates: return templates
        case .output: return output
        case .config: return config
        }
    }

    /// `name` inside `folder`, written the way a user would (`Content`, not `./Content`).
    static func join(_ folder: String, _ name: String) -> String {
        if folder == "." || folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

/// One of the locations a command reads or writes.
enum SiteInput: String, CaseIterable, Sendable {
    case site, content, data, templates, output, config
}
