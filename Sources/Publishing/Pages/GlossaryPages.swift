import MarketData

/// Renders the glossary index (A–Z) and one page per term.
struct GlossaryPages {
    let content: SiteContent
    let renderer: PageRenderer
    let markdown: ContentRenderer
    /// For each term slug, the briefing dates that link to it, oldest first.
    let mentions: [String: [CalendarDate]]
    /// How many mentioning briefings a term page lists (the latest ones).
    static let mentionLimit = 60

    /// The glossary files: `glossary/index.html` and `glossary/<slug>/index.html` for every term,
    /// or only for the terms in `terms` (an incremental build keeps the pages of terms whose
    /// mentions did not change: nothing else on a term page depends on the market data).
    func files(terms: Set<String>? = nil) throws -> [(path: String, contents: String)] {
        var files = [(path: "glossary/index.html", contents: try index())]
        let byName = Dictionary(
            content.glossary.flatMap { t in ([t.term] + t.aliases).map { ($0.lowercased(), t) } },
            uniquingKeysWith: { first, _ in first })
        for term in content.glossary where terms?.contains(term.slug) ?? true {
            files.append((path: Self.path(of: term.slug), contents: try page(for: term, byName: byName)))
        }
        return files
    }

    /// The path of a term's page.
    static func path(of slug: String) -> String { "glossary/\(slug)/index.html" }

    private func index() throws -> String {
        var groups: [(letter: String, terms: [GlossaryTerm])] = []
        for term in content.glossary {
            let letter = term.term.first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
            if groups.last?.letter == letter {
                groups[groups.count - 1].terms.append(term)
            } else {
                groups.append((letter, [term]))
            }
        }
        let letters: [[String: any Sendable]] = groups.map { group in
            [
                "letter": group.letter, "anchor": group.letter == "#" ? "other" : group.letter.lowercased(),
                "terms": group.terms.map { ["slug": $0.slug, "term": $0.term, "summary": $0.summary] },
            ]
        }
        return try renderer.page(
            template: "glossary-index", path: "glossary/index.html", title: "Glossary",
            description: "Every term used in the briefings, explained in plain words.", root: "../", body: "",
            extra: ["letters": letters, "count": String(content.glossary.count)])
    }

    /// A term's page; `byName` maps every lowercased name and alias to its term (built once for
    /// all pages: building it for each page made a large glossary quadratic).
    private func page(for term: GlossaryTerm, byName: [String: GlossaryTerm]) throws -> String {
        let body = try markdown.render(
            term.body, file: term.file, bodyLine: term.bodyLine, root: "../../", skipping: term.slug)
        let related: [[String: String]] = term.related.compactMap { name in
            byName[name.lowercased()].map { ["slug": $0.slug, "term": $0.term, "summary": $0.summary] }
        }
        let dates = mentions[term.slug] ?? []
        let shown = dates.suffix(GlossaryPages.mentionLimit).reversed().map { ["date": $0.iso] }
        return try renderer.page(
            template: "glossary-term", path: Self.path(of: term.slug), title: term.term, description: term.summary, root: "../../", body: body.html,
            extra: [
                "term": term.term, "summary": term.summary, "aliases": term.aliases.joined(separator: ", "),
                "hasAliases": !term.aliases.isEmpty, "related": related, "hasRelated": !related.isEmpty,
                "mentions": Array(shown), "hasMentions": !dates.isEmpty, "mentionCount": String(dates.count),
                "mentionsTruncated": dates.count > GlossaryPages.mentionLimit, "shown": String(shown.count),
            ])
    }
}
