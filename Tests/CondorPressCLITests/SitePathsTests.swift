import Testing

@testable import CondorPressCLI

@Suite("Site locations: defaults relative to --site, data and config following --content")
struct SitePathsTests {
    @Test("with nothing given every default is relative to the working folder")
    func defaults() {
        let paths = SitePaths()
        #expect(paths.site == ".")
        #expect(paths.content == "Content")
        #expect(paths.data == "Content/data")
        #expect(paths.templates == "Templates")
        #expect(paths.output == "Output")
        #expect(paths.config == "Content/condorpress.yml")
        #expect(paths.explicit.isEmpty)
    }

    @Test("--site DIR moves every default into DIR")
    func site() {
        let paths = SitePaths(site: "/srv/condor")
        #expect(paths.content == "/srv/condor/Content")
        #expect(paths.data == "/srv/condor/Content/data")
        #expect(paths.templates == "/srv/condor/Templates")
        #expect(paths.output == "/srv/condor/Output")
        #expect(paths.config == "/srv/condor/Content/condorpress.yml")
        #expect(SitePaths(site: "../blog/").content == "../blog/Content")
        #expect(SitePaths(site: "/").templates == "/Templates")
        #expect(SitePaths(site: ".").output == "Output")
    }

    @Test("--content DIR alone moves --data and --config with it, not --templates or --output")
    func contentMovesDataAndConfig() {
        let paths = SitePaths(content: "drafts")
        #expect(paths.content == "drafts")
        #expect(paths.data == "drafts/data")
        #expect(paths.config == "drafts/condorpress.yml")
        #expect(paths.templates == "Templates")
        #expect(paths.output == "Output")
        let inSite = SitePaths(site: "site", content: "/data/drafts")
        #expect(inSite.data == "/data/drafts/data")
        #expect(inSite.config == "/data/drafts/condorpress.yml")
        #expect(inSite.templates == "site/Templates")
    }

    @Test("explicit options are kept as given, relative to the working folder")
    func explicitOverrides() {
        let paths = SitePaths(
            site: "site", content: "c", data: "market", templates: "t", output: "public", config: "prod.yml")
        #expect(paths.content == "c")
        #expect(paths.data == "market")
        #expect(paths.templates == "t")
        #expect(paths.output == "public")
        #expect(paths.config == "prod.yml")
        #expect(paths.explicit == Set(SiteInput.allCases))
        let some = SitePaths(site: "site", data: "market")
        #expect(some.data == "market")
        #expect(some.config == "site/Content/condorpress.yml")
        #expect(some.explicit == [.site, .data])
    }

    @Test("missing inputs are named with what was expected, in the order asked, once each, and a hint follows")
    func missingInputs() {
        let existing: [String: PathKind] = ["Content": .folder, "Content/data": .file, "Templates": .folder]
        let paths = SitePaths()
        let missing = paths.missingInputs([.config, .content, .templates, .data]) { existing[$0] ?? .missing }
        #expect(
            missing.map(\.description) == [
                "Content/condorpress.yml: expected the configuration file condorpress.yml, found no such file",
                "Content/data: expected the data folder (spx.csv, vix.csv and the optional inputs), found a file",
            ])
        #expect(
            paths.hint(for: missing, workingFolder: "/home/me")
                == "run condorpress from the site folder or pass --site DIR (the defaults are relative to the working folder /home/me)"
        )
        // The data folder and the configuration inside a missing content folder are not named again.
        let everything = paths.missingInputs([.content, .data, .config, .templates]) { _ in .missing }
        #expect(
            everything.map(\.description) == [
                "Content: expected the content folder (glossary/, rules/, pages/), found no such folder",
                "Templates: expected the templates folder (layout.mustache and the page templates), found no such folder",
            ])
    }

    @Test("a missing --site folder is the only error; explicit inputs get no hint")
    func missingSite() {
        let paths = SitePaths(site: "nowhere")
        let missing = paths.missingInputs([.config, .content]) { _ in .missing }
        #expect(
            missing.map(\.description) == ["nowhere: expected the site folder given with --site, found no such folder"])
        #expect(paths.hint(for: missing, workingFolder: "/") == nil)
        let inSite = SitePaths(site: "blog").missingInputs([.templates]) { $0 == "blog" ? .folder : .missing }
        #expect(
            SitePaths(site: "blog").hint(for: inSite, workingFolder: "/")
                == "every default is relative to --site blog; pass --content, --data, --templates or --config for inputs kept elsewhere"
        )
        let explicit = SitePaths(data: "market")
        #expect(explicit.hint(for: explicit.missingInputs([.data]) { _ in .missing }, workingFolder: "/") == nil)
    }
}
