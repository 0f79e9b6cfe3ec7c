import Foundation

/// Reads and checks the glossary, rule pages and free pages under a content folder.
public struct ContentLoader: Sendable {
    /// The content folder.
    public let directory: String

    /// Creates a loader for `directory`.
    public init(directory: String) {
        self.directory = directory
    }

    /// Loads every content file, collecting all problems before failing.
    /// - Throws: `PublishingErrors` listing every problem with file and line.
    public func load() throws -> SiteContent {
        var problems: [PublishingError] = []
        let glossary = collect(folder: "glossary", problems: &problems, parse: ContentLoader.glossaryTerm)
        let rules = collect(folder: "rules", problems: &problems) {
            (try ContentLoader.rulePage(text: $0, file: $1, stem: $2), [])
        }
        let pages = collect(folder: "pages", problems: &problems) {
            (try ContentLoader.freePage(text: $0, file: $1, stem: $2), [])
        }
        let content = SiteContent(
            glossary: glossary.sorted { $0.term.lowercased() < $1.term.lowercased() },
            rules: rules.sorted { ($0.order, $0.id) < ($1.order, $1.id) },
            pages: pages.sorted { $0.slug < $1.slug })
        problems += ContentChecks.problems(in: content)
        guard problems.isEmpty else { throw PublishingErrors(problems) }
        return content
    }

    /// Parses every `.md` file of `folder` in name order; `parse` returns the item and the problems
    /// that do not prevent reading it (they are reported, and the item is kept so that other files
    /// referring to it do not fail too), or throws the problem that does.
    private func collect<T>(
        folder: String, problems: inout [PublishingError],
        parse: (String, String, String) throws -> (item: T, problems: [PublishingError])
    ) -> [T] {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(folder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        var items: [T] = []
        for name in names {
            let file = url.appendingPathComponent(name).path
            let displayName = (directory as NSString).appendingPathComponent(folder + "/" + name)
            do {
                guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8)
                else { throw PublishingError(file: displayName, message: "cannot read the file as UTF-8 text") }
                let parsed = try parse(text, displayName, String(name.dropLast(3)))
                items.append(parsed.item)
                problems += parsed.problems
            } catch let error as PublishingError {
                problems.append(error)
            } catch {
                problems.append(PublishingError(file: displayName, message: String(describing: error)))
            }
        }
        return items
    }

    /// Reads a glossary term, with an error for each name that `GlossaryNameRules` refuses.
    ///
    /// Each error names the line of the front matter entry. Refused aliases are left out of the
    /// term, which is kept so that other files naming it (`related`, `[[Term]]`) are not reported too.
    /// - Throws: `PublishingError` for front matter that cannot be read.
    static func glossaryTerm(
        text: String, file: String, stem: String
    ) throws -> (item: GlossaryTerm, problems: [PublishingError]) {
        let document = try FrontMatterDocument(parsing: text, file: file)
        try document.requireOnlyKeys(["term", "aliases", "summary", "related"])
        let term = try document.requiredString("term")
        let aliases = try document.stringListItems("aliases")
        var refused: [PublishingError] = []
        if let problem = GlossaryNameRules.problem(with: term) {
            refused.append(
                GlossaryNameRules.error(
                    name: term, problem: problem, key: "term", file: file,
                    line: document.node("term").flatMap(document.line(of:))))
        }
        var accepted: [String] = []
        for alias in aliases {
            guard let problem = GlossaryNameRules.problem(with: alias.text) else {
                accepted.append(alias.text)
                continue
            }
            refused.append(
                GlossaryNameRules.error(
                    name: alias.text, problem: problem, key: "aliases", file: file, line: alias.line))
        }
        let glossaryTerm = GlossaryTerm(
            slug: try checkedSlug(stem, file: file), term: term, aliases: accepted,
            summary: try document.requiredString("summary"), related: try document.stringList("related"),
            body: document.body, file: file, bodyLine: document.bodyLine)
        return (glossaryTerm, refused)
    }

    static func rulePage(text: String, file: String, stem: String) throws -> RulePage {
        let document = try FrontMatterDocument(parsing: text, file: file)
        try document.requireOnlyKeys(["id", "title", "summary", "parameters", "order"])
        let id = try document.requiredString("id")
        guard id == stem else {
            throw PublishingError(
                file: file, line: document.node("id").flatMap(document.line(of:)),
                message: "front matter: id \"\(id)\" must match the file name \"\(stem).md\"")
        }
        return RulePage(
            id: id, title: try document.requiredString("title"), summary: try document.requiredString("summary"),
            parameters: try document.stringList("parameters"), order: try document.optionalInt("order") ?? 999,
            body: document.body, file: file, bodyLine: document.bodyLine)
    }

    static func freePage(text: String, file: String, stem: String) throws -> FreePage {
        let document = try FrontMatterDocument(parsing: text, file: file)
        try document.requireOnlyKeys(["title", "summary"])
        return FreePage(
            slug: try checkedSlug(stem, file: file), title: try document.requiredString("title"),
            summary: try document.requiredString("summary"), body: document.body, file: file,
            bodyLine: document.bodyLine)
    }

    /// The file stem when it is already a clean slug; output paths are only ever built from slugs.
    static func checkedSlug(_ stem: String, file: String) throws -> String {
        guard Slug.make(stem) == stem else {
            throw PublishingError(
                file: file, message: "file name must be a slug (lowercase letters, digits and hyphens), e.g. \(Slug.make(stem)).md")
        }
        return stem
    }
}
