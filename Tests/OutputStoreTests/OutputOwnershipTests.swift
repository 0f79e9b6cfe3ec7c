import Foundation
import Testing

@testable import OutputStore

@Suite("Output ownership")
struct OutputOwnershipTests {
    typealias Folder = OutputOwnership.ProtectedFolder

    /// The folders of a site checked out in /work/site, run from there by user ann.
    static let protected: [Folder] = [
        Folder(role: .content, path: "/work/site/Content"),
        Folder(role: .templates, path: "/work/site/Templates"),
        Folder(role: .data, path: "/work/site/Content/data"),
        Folder(role: .configuration, path: "/work/site/Content"),
        Folder(role: .workingDirectory, path: "/work/site"),
        Folder(role: .filesystemRoot, path: "/"),
        Folder(role: .repository, path: "/work/site"),
        Folder(role: .home, path: "/root"),
        Folder(role: .home, path: "/home/ann"),
    ]

    static let ending =
        "; a build replaces its output folder as a whole and would destroy it. "
        + "Choose a new or empty folder elsewhere with --output."

    /// The message refusing `output` for `relation` to `folder`.
    static func refusal(_ output: String, _ relation: String, _ folder: String) -> OutputError {
        OutputError(path: output, message: "the output folder \(relation) \(folder)" + ending)
    }

    func decide(_ output: String, _ listing: OutputOwnership.Listing = .absent) throws -> OutputOwnership.Verdict {
        try OutputOwnership.decide(output: output, shown: output, listing: listing, protected: Self.protected)
    }

    @Test("an absent, empty or CondorPress-published folder may be replaced")
    func allowed() throws {
        #expect(try decide("/work/site/Output") == .create)
        #expect(try decide("/work/site/Output", .folder(names: [], hasManifest: false)) == .fill)
        #expect(try decide("/work/site/Output", .folder(names: [".gitkeep"], hasManifest: false)) == .fill)
        #expect(
            try decide("/work/site/Output", .folder(names: [".condorpress", "index.html", "CNAME"], hasManifest: true))
                == .update)
        // Inside the working directory, the repository or a home folder is the normal place.
        #expect(try decide("/home/ann/blog/public") == .create)
        #expect(try decide("/root/Output") == .create)
        // A name that merely starts like a protected folder is not inside it.
        #expect(try decide("/work/site/Content-public") == .create)
        #expect(try decide("/work/site/Templates2") == .create)
    }

    @Test("a folder that is not a CondorPress site is refused with a count and the first names, sorted")
    func foreignFolder() {
        #expect(
            throws: OutputError(
                path: "/tmp/docs",
                message: "the output folder is not a site CondorPress published (it has no .condorpress/manifest) "
                    + "and holds 3 entries (cat.jpg, notes.md, thesis.docx); a build replaces its output folder "
                    + "as a whole and would delete them. Choose a new or empty folder with --output, or remove "
                    + "them yourself.")
        ) {
            try decide("/tmp/docs", .folder(names: ["thesis.docx", "notes.md", "cat.jpg"], hasManifest: false))
        }
        #expect(
            throws: OutputError(
                path: "/tmp/many",
                message: "the output folder is not a site CondorPress published (it has no .condorpress/manifest) "
                    + "and holds 7 entries (a, b, c, d, e and 2 more); a build replaces its output folder "
                    + "as a whole and would delete them. Choose a new or empty folder with --output, or remove "
                    + "them yourself.")
        ) {
            try decide("/tmp/many", .folder(names: ["g", "f", "e", "d", "c", "b", "a"], hasManifest: false))
        }
        #expect(
            throws: OutputError(
                path: "/tmp/one",
                message: "the output folder is not a site CondorPress published (it has no .condorpress/manifest) "
                    + "and holds 1 entry (CNAME); a build replaces its output folder "
                    + "as a whole and would delete them. Choose a new or empty folder with --output, or remove "
                    + "them yourself.")
        ) {
            try decide("/tmp/one", .folder(names: [".gitkeep", "CNAME"], hasManifest: false))
        }
    }

    @Test("a plain file, and a folder holding a repository (even a published site), are refused")
    func fileAndRepository() {
        #expect(
            throws: OutputError(
                path: "/tmp/out",
                message: "the output path is a file, not a folder; a build replaces its output folder as a whole "
                    + "and would delete it. Choose a new or empty folder with --output, or move the file away yourself."
            )
        ) {
            try decide("/tmp/out", .file)
        }
        #expect(
            throws: OutputError(
                path: "/tmp/pages",
                message: "the output folder holds a repository (.git); a build replaces its output folder as a whole "
                    + "and would delete it. Choose a new or empty folder with --output.")
        ) {
            try decide("/tmp/pages", .folder(names: [".git", ".condorpress", "index.html"], hasManifest: true))
        }
    }

    @Test("an output that is an input folder, the working directory, the root or a home folder is refused")
    func isProtected() {
        #expect(throws: Self.refusal("/work/site/Content", "is", "the content folder (--content) /work/site/Content")) {
            try decide("/work/site/Content", .folder(names: [".condorpress"], hasManifest: true))
        }
        #expect(
            throws: Self.refusal(
                "/work/site/Templates", "is", "the templates folder (--templates) /work/site/Templates")
        ) {
            try decide("/work/site/Templates")
        }
        #expect(
            throws: Self.refusal("/work/site/Content/data", "is", "the data folder (--data) /work/site/Content/data")
        ) {
            try decide("/work/site/Content/data")
        }
        #expect(throws: Self.refusal("/work/site", "is", "the working directory /work/site")) {
            try decide("/work/site", .folder(names: [], hasManifest: false))
        }
        #expect(throws: Self.refusal("/", "is", "the filesystem root /")) { try decide("/") }
        #expect(throws: Self.refusal("/root", "is", "the home folder /root")) { try decide("/root") }
        #expect(throws: Self.refusal("/home/ann", "is", "the home folder /home/ann")) { try decide("/home/ann") }
    }

    @Test("an output containing a protected folder, or inside an input folder, is refused")
    func containsOrInside() {
        #expect(throws: Self.refusal("/work", "contains", "the content folder (--content) /work/site/Content")) {
            try decide("/work")
        }
        #expect(throws: Self.refusal("/home", "contains", "the home folder /home/ann")) { try decide("/home") }
        #expect(
            throws: Self.refusal(
                "/work/site/Content/public", "lies inside", "the content folder (--content) /work/site/Content")
        ) {
            try decide("/work/site/Content/public")
        }
        #expect(
            throws: Self.refusal(
                "/work/site/Templates/site", "lies inside", "the templates folder (--templates) /work/site/Templates")
        ) {
            try decide("/work/site/Templates/site")
        }
    }

    @Test("the configuration file's folder and the repository are protected as themselves and from above")
    func configurationAndRepository() throws {
        let protected = [
            Folder(role: .configuration, path: "/srv/conf"), Folder(role: .repository, path: "/srv/repo"),
        ]
        #expect(
            throws: OutputError(
                path: "conf",
                message: "the output folder is the folder of the configuration file (--config) /srv/conf" + Self.ending)
        ) {
            try OutputOwnership.checkPath("/srv/conf", shown: "conf", protected: protected)
        }
        #expect(
            throws: OutputError(
                path: "..", message: "the output folder contains the repository /srv/repo" + Self.ending)
        ) {
            try OutputOwnership.checkPath("/srv", shown: "..", protected: [protected[1]])
        }
        // A site whose configuration sits at its root publishes into a folder beside it.
        try OutputOwnership.checkPath("/srv/conf/public", shown: "public", protected: protected)
        try OutputOwnership.checkPath("/srv/repo/Output", shown: "Output", protected: protected)
    }
}
