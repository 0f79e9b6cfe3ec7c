import Foundation

extension SiteSteps {
    /// Copies `<content>/static/` into the site verbatim, after every generated file, refusing a
    /// static file whose path a generated one takes (see ``StaticFiles``).
    static func copyStaticFiles(_ archive: WrittenArchive) throws -> CompleteSite {
        let draft = archive.draft
        let folder = draft.evaluation.data.content.configuration.options.content + "/" + StaticFiles.folderName
        let files = StaticFiles.list(folder)
        guard !files.isEmpty else { return CompleteSite(draft: draft) }
        let output = draft.output
        var generated = output.producedPaths
        for date in draft.manifest.briefings.keys { generated.formUnion(BuildManifest.briefingPaths(date)) }
        generated.insert(BuildManifest.path)
        let collisions = StaticFiles.collisions(files, generated: generated)
        guard collisions.isEmpty else {
            throw PublishingErrors(
                collisions.map {
                    PublishingError(
                        file: folder + "/" + $0.file,
                        message: "the static file \($0.file) collides with the generated file \($0.generated); "
                            + "rename or remove the static file")
                })
        }
        for path in files {
            guard let bytes = FileManager.default.contents(atPath: folder + "/" + path) else {
                throw PublishingError(file: folder + "/" + path, message: "cannot read the static file")
            }
            try output.write(bytes, to: path)
        }
        return CompleteSite(draft: draft)
    }
}
