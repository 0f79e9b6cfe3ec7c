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
    /// - Throws: `PublishingError` when Pagefind is not found (``PagefindCommand/notFoundMessage``)
    ///   or fails.
    /// - Complexity: one link per page, then Pagefind's own indexing of every page (the step's
    ///   time grows with the site; docs/performance.md has the figures).
    static func buildSearchIndex(_ archive: WrittenArchive) throws -> WrittenArchive {
        let draft = archive.draft
        guard draft.evaluation.data.content.configuration.site.search else { return archive }
        let pagefind = try PagefindCommand.locate(environment: ProcessInfo.processInfo.environment)
        let output = draft.output
        let scratch = output.scratch
        let manager = FileManager.default
        try? manager.removeItem(at: scratch)
        defer { try? manager.removeItem(at: scratch) }
        let view = scratch.appendingPathComponent("site", isDirectory: true)
        let bundle = scratch.appendingPathComponent(SearchPage.bundleFolder, isDirectory: true)
        var pages = output.producedPaths
        for date in draft.manifest.briefings.keys { pages.formUnion(BuildManifest.briefingPaths(date)) }
        for path in pages.sorted() where path.hasSuffix(".html") {
            guard let source = output.location(of: path) else { continue }
            try link(source, to: view.appendingPathComponent(path))
        }
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
