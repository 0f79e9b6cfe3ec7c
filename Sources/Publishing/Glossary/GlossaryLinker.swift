/// A glossary entry as the linker sees it: the names it answers to and where it links.
public struct GlossaryLinkTarget: Sendable, Hashable {
    /// The term's slug, the key of its page.
    public var slug: String
    /// The term and its aliases, as written in the glossary.
    public var names: [String]
    /// The one-line summary used as the link's `title`.
    public var summary: String

    /// Creates a target.
    public init(slug: String, names: [String], summary: String) {
        self.slug = slug
        self.names = names
        self.summary = summary
    }
}

/// Inserts glossary links into a parsed Markdown document, on its syntax tree.
///
/// Rules (SPEC §6): the first occurrence on a page of each term (under its name or any alias) is
/// linked, longest match first, whole words only (letters and digits of any script make words),
/// ignoring the case of ASCII letters; never inside code, links,
/// images, headings or raw HTML. `[[Term]]` is an explicit link and must name a known term or alias.
///
/// Build one linker per glossary and reuse it for every page: it holds a trie of every name, so
/// linking a page costs time in proportion to its text, not to the number of terms.
public struct GlossaryLinker: Sendable {
    /// The targets, in the order given; the trie and the name table hold indices into it.
    private let targets: [GlossaryLinkTarget]
    /// Every name and alias, folded, with the index of its target as value.
    private let trie: GlossaryPhraseTrie
    /// Every name and alias, folded, to the index of its target (the last one given wins).
    private let targetsByName: [[UInt8]: Int]

    /// Creates a linker for `targets`.
    /// - Complexity: O(*n*), where *n* is the total length of the names and aliases.
    public init(targets: [GlossaryLinkTarget]) {
        var trie = GlossaryPhraseTrie()
        var byName: [[UInt8]: Int] = [:]
        for (index, target) in targets.enumerated() {
            for name in target.names {
                let folded = GlossaryLinker.fold(name)
                guard !folded.isEmpty else { continue }
                byName[folded] = index
                trie.insert(folded, value: index)
            }
        }
        self.targets = targets
        self.trie = trie
        self.targetsByName = byName
    }

    /// Links `document` in place.
    /// - Parameters:
    ///   - document: the parsed page.
    ///   - file: the source file, for errors.
    ///   - href: the relative URL of a term's page, from its slug.
    ///   - skipping: the slug of a term never to link automatically (the term's own page).
    /// - Returns: the slugs of the terms linked, in order of first link.
    /// - Throws: `PublishingError` naming the file and line of an unknown `[[Term]]`.
    /// - Complexity: O(*t* × *m*), where *t* is the length of the document's text and *m* the
    ///   length of the longest name; independent of the number of terms.
    @discardableResult
    public func link(
        _ document: MarkdownDocument, file: String, href: (String) -> String, skipping: String? = nil
    ) throws -> [String] {
        var linked: [String] = []
        var linkedSet = Set<String>()
        var seen = Set<String>()
        if let skipping { seen.insert(skipping) }
        try document.rewriteProseText { run in
            // Most runs in a briefing are numbers and punctuation: no letter, nothing to link.
            guard run.text.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x80 }) else {
                return nil
            }
            var pieces: [MarkdownInline] = []
            for segment in GlossaryLinker.explicitSegments(run.text) {
                switch segment {
                case .text(let text):
                    pieces += autoLink(text, seen: &seen, linked: &linked, linkedSet: &linkedSet, href: href)
                case .explicit(let name, let raw):
                    guard let index = targetsByName[GlossaryLinker.fold(name)] else {
                        throw PublishingError(
                            file: file, line: run.line,
                            message: "unknown glossary term in \(raw): expected a term or alias from Content/glossary")
                    }
                    let target = targets[index]
                    seen.insert(target.slug)
                    if linkedSet.insert(target.slug).inserted { linked.append(target.slug) }
                    pieces.append(.link(text: name, url: href(target.slug), title: target.summary))
                }
            }
            return pieces == [.text(run.text)] ? nil : pieces
        }
        return linked
    }

    /// Links the first occurrence of each not-yet-linked term in `text`: at each word start, the
    /// longest name of a term not yet seen that ends on a word boundary.
    private func autoLink(
        _ text: String, seen: inout Set<String>, linked: inout [String], linkedSet: inout Set<String>,
        href: (String) -> String
    ) -> [MarkdownInline] {
        let original = Array(text.utf8)
        let folded = GlossaryLinker.fold(text)
        let isWord = GlossaryLinker.wordMask(text)
        var pieces: [MarkdownInline] = []
        var plainStart = 0
        var index = 0
        while index < folded.count {
            let atWordStart = isWord[index] && (index == 0 || !isWord[index - 1])
            guard atWordStart,
                let match = trie.longestMatch(
                    in: folded, isWord: isWord, at: index, where: { !seen.contains(targets[$0].slug) })
            else {
                index += 1
                continue
            }
            let target = targets[match.value]
            if plainStart < index { pieces.append(.text(GlossaryLinker.string(original[plainStart..<index]))) }
            let label = GlossaryLinker.string(original[index..<match.end])
            pieces.append(.link(text: label, url: href(target.slug), title: target.summary))
            seen.insert(target.slug)
            if linkedSet.insert(target.slug).inserted { linked.append(target.slug) }
            index = match.end
            plainStart = match.end
        }
        if plainStart == 0 { return [.text(text)] }
        if plainStart < original.count { pieces.append(.text(GlossaryLinker.string(original[plainStart...]))) }
        return pieces
    }
}
