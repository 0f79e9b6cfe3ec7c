import Foundation

extension SiteSteps {
    /// Builds the search index with Pagefind over the pages as this build publishes them, and adds
    /// it to the site as `pagefind/` (when `site.search` is on; otherwise it does nothing).
    ///
    /// Pagefind reads a view of the finished site: every HTML page this build publishes,
    /// hard-linked (or copied, across file systems) into a scratch folder beside the output from
    /// where it is now (staged, or published and kept). Its bundle is then written like any
    /// other file, so the manifest lists it, an incremental build replaces only the bundle files
    /// whose bytes changed and removes those no longer produced, and the index always describes
    /// the pages it is published with. Pagefind indexes the elements marked
    /// `data-pagefind-body` (briefings, glossary entries, rules and free pages).
    /// - Throws: `PublishingError` when Pagefind fails (a machine without it stops the build at
    ///   "load configuration", with ``PagefindCommand/notFoundMessage``).
    /// - Complexity: one link per page, then Pagefind's own indexing of every page (the step's
    ///   time grows with the site; docs/performance.md has the figures).
    static func buildSearchIndex(_ archive: WrittenArchive) throws -> WrittenArchive {
        let draft = archive.draft
        guard let pagefind = draft.evaluation.data.content.configuration.pagefind else { return archive }
        let output = draft.output
        let scratch = output.scratch
        let manager = FileManager.default
        try? manager.removeItem(at: scratch)
        defer { try? manager.removeItem(at: scratch) }
        let view = scratch.appendingPathComponent("site", isDirectory: true)
        let bundle = scratch.appendingPathComponent(SearchPage.bundleFolder, isDirectory: true)
        var paths = output.producedPaths
        for date in draft.manifest.briefings.keys { paths.formUnion(BuildManifest.briefingPaths(date)) }
        let pages = paths.filter { $0.hasSuffix(".html") }.sorted().compactMap { path in
            output.location(of: path).map { (path: path, location: $0) }
        }
        if let kept = unchangedBundle(draft, pages: pages, pagefind: pagefind) {
            kept.forEach(output.keep)
            return archive
        }
        for page in pages { try link(page.location, to: view.appendingPathComponent(page.path)) }
        try pagefind.index(site: view.path, into: bundle.path)
        for file in try filesBelow(bundle) {
            let url = bundle.appendingPathComponent(file)
            guard let bytes = manager.contents(atPath: url.path) else {
                throw PublishingError(file: url.path, message: "cannot read the file Pagefind wrote")
            }
            try output.write(bytes, to: SearchPage.bundleFolder + "/" + file)
        }
        return archive
    }

    /// The published bundle's files when this incremental build may keep the bundle as it is:
    /// every input is as the previous build had it (the global key) except perhaps the data,
    /// not one HTML page is written, added or removed, and the bundle was made by the same
    /// Pagefind version (`version` in its `pagefind-entry.json`). Pagefind then would write the
    /// same bytes, so keeping them is what a full build would publish. Nil otherwise.
    ///
    /// Rebuilding a site whose data brought no new session then takes no indexing time.
    private static func unchangedBundle(
        _ draft: SiteDraft, pages: [(path: String, location: URL)], pagefind: PagefindCommand
    ) -> [String]? {
        guard let plan = draft.incremental, plan.previous.globalKey == draft.manifest.globalKey else { return nil }
        let published = draft.output.output.standardizedFileURL.path + "/"
        guard pages.allSatisfy({ $0.location.standardizedFileURL.path.hasPrefix(published) }) else { return nil }
        var previousPages = Set(plan.previous.files.filter { $0.hasSuffix(".html") })
        for date in plan.previous.briefings.keys {
            previousPages.formUnion(BuildManifest.briefingPaths(date).filter { $0.hasSuffix(".html") })
        }
        guard previousPages == Set(pages.map(\.path)) else { return nil }
        let prefix = SearchPage.bundleFolder + "/"
        let bundle = plan.previous.files.filter { $0.hasPrefix(prefix) }
        let entry = published + prefix + "pagefind-entry.json"
        guard bundle.contains(prefix + "pagefind-entry.json"),
            bundle.allSatisfy({ FileManager.default.fileExists(atPath: published + $0) }),
            let data = FileManager.default.contents(atPath: entry),
            let fields = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let version = fields["version"] as? String, version == (try? pagefind.version())
        else { return nil }
        return bundle
    }

    /// Hard-links `source` to `target`, creating its folder; copies it where a link cannot be made.
    private static func link(_ source: URL, to target: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try manager.linkItem(at: source, to: target)
        } catch {
            do {
                try manager.copyItem(at: source, to: target)
            } catch {
                throw PublishingError(file: source.path, message: "cannot hand the page to Pagefind: "
                    + PublishingError.sentence(for: error))
            }
        }
    }

    /// Every file below `folder`, as relative paths in sorted order.
    private static func filesBelow(_ folder: URL) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else {
            throw PublishingError(file: folder.path, message: "Pagefind wrote no search bundle")
        }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path + "/" + path, isDirectory: &isFolder),
                !isFolder.boolValue
            {
                files.append(path)
            }
        }
        guard files.contains(SearchPage.bundleScript) else {
            throw PublishingError(file: folder.path, message: "Pagefind wrote no \(SearchPage.bundleScript)")
        }
        return files.sorted()
    }
}
