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
/// images, headings or raw HTML. `[[Term]]` is an explicit link and must name a known term or alias
/// (in any case; it shows the name as written), `[[Term|shown words]]` one that shows other words.
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
    /// For each target, the number of its slug (targets that share a slug share the number), so a
    /// page tracks the terms it linked in flags rather than in a set of strings.
    private let slugNumbers: [Int]
    /// Each slug to its number.
    private let slugNumbersBySlug: [String: Int]
    /// Whether links are put into the text (always, but for the reference a test compares with).
    private let insertsLinks: Bool

    /// Creates a linker for `targets`.
    /// - Parameter insertsLinks: false for a linker that finds and reports the same terms but
    ///   leaves the text as it is, an explicit `[[Term|shown]]` becoming its shown words: the
    ///   page without glossary links that the visible-text property test compares with.
    /// - Complexity: O(*n*), where *n* is the total length of the names and aliases.
    public init(targets: [GlossaryLinkTarget], insertsLinks: Bool = true) {
        var trie = GlossaryPhraseTrie()
        var byName: [[UInt8]: Int] = [:]
        var numbersBySlug: [String: Int] = [:]
        var numbers: [Int] = []
        for (index, target) in targets.enumerated() {
            let number = numbersBySlug[target.slug] ?? numbersBySlug.count
            numbersBySlug[target.slug] = number
            numbers.append(number)
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
        self.slugNumbers = numbers
        self.slugNumbersBySlug = numbersBySlug
        self.insertsLinks = insertsLinks
    }

    /// What a page has linked so far, by slug number.
    private struct PageLinks {
        /// Terms not to link automatically any more: linked already, or the page's own term.
        var seen: [Bool]
        /// Terms linked, automatically or explicitly.
        var isLinked: [Bool]
        /// The slugs of the terms linked, in order of first link.
        var slugs: [String] = []

        init(slugCount: Int) {
            seen = [Bool](repeating: false, count: slugCount)
            isLinked = seen
        }
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
        var page = PageLinks(slugCount: slugNumbersBySlug.count)
        if let skipping, let number = slugNumbersBySlug[skipping] { page.seen[number] = true }
        try document.rewriteProseText(where: mayLink) { run in
            var text = run.text
            guard text.withUTF8(GlossaryLinker.containsExplicitMarker) else {
                return autoLink(text, page: &page, href: href)
            }
            var pieces: [MarkdownInline] = []
            for segment in GlossaryLinker.explicitSegments(run.text) {
                switch segment {
                case .text(let text):
                    pieces += autoLink(text, page: &page, href: href) ?? [.text(text)]
                case .explicit(let name, let shown, let raw):
                    guard let index = targetsByName[GlossaryLinker.fold(name)] else {
                        throw PublishingError(
                            file: file, line: run.line,
                            message: "unknown glossary term in \(raw): expected a term or alias from Content/glossary")
                    }
                    let target = targets[index]
                    let number = slugNumbers[index]
                    page.seen[number] = true
                    if !page.isLinked[number] {
                        page.isLinked[number] = true
                        page.slugs.append(target.slug)
                    }
                    pieces.append(
                        insertsLinks ? .link(text: shown, url: href(target.slug), title: target.summary) : .text(shown))
                }
            }
            return pieces == [.text(run.text)] ? nil : pieces
        }
        return page.slugs
    }

    /// Whether the text run `bytes` may receive a link: it holds a letter, and a `[[` or a place
    /// where a name may start. Most runs in a briefing are numbers and punctuation, or words
    /// that begin no name, and are skipped without a copy.
    private func mayLink(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.contains(where: { ($0 | 0x20) &- 0x61 < 26 || $0 >= 0x80 }) else { return false }
        let text = GlossaryTextBytes(bytes: bytes)
        var index = 0
        while index < bytes.count {
            if trie.mayMatch(in: text, at: index) { return true }
            // A word never starts after the first byte of a stretch of ASCII letters and digits.
            let inASCIIWord = GlossaryTextBytes.isASCIIWord(bytes[index])
            index += 1
            while inASCIIWord, index < bytes.count, GlossaryTextBytes.isASCIIWord(bytes[index]) { index += 1 }
        }
        return GlossaryLinker.containsExplicitMarker(bytes)
    }

    /// Links the first occurrence of each not-yet-linked term in `text`: at each word start, the
    /// longest name of a term not yet seen that ends on a word boundary.
    /// - Returns: the pieces, or nil when nothing in `text` is linked.
    private func autoLink(_ text: String, page: inout PageLinks, href: (String) -> String) -> [MarkdownInline]? {
        var text = text
        let trie = trie
        let slugNumbers = slugNumbers
        return text.withUTF8 { buffer -> [MarkdownInline]? in
            let bytes = GlossaryTextBytes(bytes: buffer)
            var pieces: [MarkdownInline] = []
            var plainStart = 0
            var index = 0
            while index < bytes.count {
                let match =
                    trie.mayMatch(in: bytes, at: index) && bytes.isWordStart(index)
                    ? trie.longestMatch(in: bytes, at: index, where: { !page.seen[slugNumbers[$0]] }) : nil
                guard let match else {
                    // No other byte of an ASCII word starts a word: step over the rest of it.
                    let inASCIIWord = GlossaryTextBytes.isASCIIWord(buffer[index])
                    index += 1
                    while inASCIIWord, index < bytes.count, GlossaryTextBytes.isASCIIWord(buffer[index]) { index += 1 }
                    continue
                }
                if pieces.isEmpty { pieces.reserveCapacity(6) }
                let target = targets[match.value]
                let number = slugNumbers[match.value]
                if plainStart < index { pieces.append(.text(GlossaryLinker.string(buffer[plainStart..<index]))) }
                let label = GlossaryLinker.string(buffer[index..<match.end])
                pieces.append(.link(text: label, url: href(target.slug), title: target.summary))
                page.seen[number] = true
                if !page.isLinked[number] {
                    page.isLinked[number] = true
                    page.slugs.append(target.slug)
                }
                index = match.end
                plainStart = match.end
            }
            if plainStart == 0 || !insertsLinks { return nil }
            if plainStart < buffer.count { pieces.append(.text(GlossaryLinker.string(buffer[plainStart...]))) }
            return pieces
        }
    }
}
