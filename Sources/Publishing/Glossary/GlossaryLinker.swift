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
/// linked, longest match first, whole words only, case-insensitively; never inside code, links,
/// images, headings or raw HTML. `[[Term]]` is an explicit link and must name a known term or alias.
public struct GlossaryLinker: Sendable {
    private struct Phrase: Sendable {
        let characters: [Character]
        let target: GlossaryLinkTarget
    }

    /// Candidate phrases keyed by their lowercased first word, longest first.
    private let phrasesByFirstWord: [String: [Phrase]]
    /// Every name and alias, lowercased, to its target.
    private let targetsByName: [String: GlossaryLinkTarget]

    /// Creates a linker for `targets`.
    public init(targets: [GlossaryLinkTarget]) {
        var byWord: [String: [Phrase]] = [:]
        var byName: [String: GlossaryLinkTarget] = [:]
        for target in targets {
            for name in target.names {
                let folded = GlossaryLinker.fold(name)
                guard !folded.isEmpty else { continue }
                byName[String(folded)] = target
                let key = GlossaryLinker.firstWord(folded)
                byWord[key, default: []].append(Phrase(characters: folded, target: target))
            }
        }
        self.phrasesByFirstWord = byWord.mapValues { phrases in
            phrases.sorted {
                $0.characters.count != $1.characters.count
                    ? $0.characters.count > $1.characters.count : String($0.characters) < String($1.characters)
            }
        }
        self.targetsByName = byName
    }

    /// Links `document` in place.
    /// - Parameters:
    ///   - file: the source file, for errors.
    ///   - href: the relative URL of a term's page, from its slug.
    ///   - skipping: the slug of a term never to link automatically (the term's own page).
    /// - Returns: the slugs of the terms linked, in order of first link.
    /// - Throws: `PublishingError` naming the file and line of an unknown `[[Term]]`.
    @discardableResult
    public func link(
        _ document: MarkdownDocument, file: String, href: (String) -> String, skipping: String? = nil
    ) throws -> [String] {
        var linked: [String] = []
        var seen = Set<String>()
        if let skipping { seen.insert(skipping) }
        try document.rewriteProseText { run in
            var pieces: [MarkdownInline] = []
            for segment in GlossaryLinker.explicitSegments(run.text) {
                switch segment {
                case .text(let text):
                    pieces += autoLink(text, seen: &seen, linked: &linked, href: href)
                case .explicit(let name, let raw):
                    guard let target = targetsByName[String(GlossaryLinker.fold(name))] else {
                        throw PublishingError(
                            file: file, line: run.line,
                            message: "unknown glossary term in \(raw): expected a term or alias from Content/glossary")
                    }
                    seen.insert(target.slug)
                    if !linked.contains(target.slug) { linked.append(target.slug) }
                    pieces.append(.link(text: name, url: href(target.slug), title: target.summary))
                }
            }
            return pieces == [.text(run.text)] ? nil : pieces
        }
        return linked
    }

    private enum Segment {
        case text(String)
        case explicit(name: String, raw: String)
    }

    /// Splits text at `[[Name]]` markers.
    private static func explicitSegments(_ text: String) -> [Segment] {
        guard text.contains("[[") else { return [.text(text)] }
        var segments: [Segment] = []
        var rest = Substring(text)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            let name = rest[open.upperBound..<close.lowerBound]
            guard !name.isEmpty, !name.contains("["), !name.contains("]") else {
                segments.append(.text(String(rest[..<open.upperBound])))
                rest = rest[open.upperBound...]
                continue
            }
            if open.lowerBound > rest.startIndex { segments.append(.text(String(rest[..<open.lowerBound]))) }
            segments.append(.explicit(name: String(name), raw: String(rest[open.lowerBound..<close.upperBound])))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        return segments
    }

    /// Links the first occurrence of each not-yet-linked term in `text`.
    private func autoLink(
        _ text: String, seen: inout Set<String>, linked: inout [String], href: (String) -> String
    ) -> [MarkdownInline] {
        let characters = Array(text)
        let folded = characters.map(GlossaryLinker.foldCharacter)
        var pieces: [MarkdownInline] = []
        var plainStart = 0
        var index = 0
        while index < characters.count {
            let atWordStart = GlossaryLinker.isWordCharacter(folded[index])
                && (index == 0 || !GlossaryLinker.isWordCharacter(folded[index - 1]))
            guard atWordStart, let match = longestMatch(in: folded, at: index, excluding: seen) else {
                index += 1
                continue
            }
            if plainStart < index { pieces.append(.text(String(characters[plainStart..<index]))) }
            let end = index + match.characters.count
            pieces.append(
                .link(text: String(characters[index..<end]), url: href(match.target.slug), title: match.target.summary))
            seen.insert(match.target.slug)
            linked.append(match.target.slug)
            index = end
            plainStart = end
        }
        if plainStart < characters.count { pieces.append(.text(String(characters[plainStart...]))) }
        return pieces
    }

    private func longestMatch(in folded: [Character], at start: Int, excluding seen: Set<String>) -> Phrase? {
        var wordEnd = start
        while wordEnd < folded.count && GlossaryLinker.isWordCharacter(folded[wordEnd]) { wordEnd += 1 }
        guard let candidates = phrasesByFirstWord[String(folded[start..<wordEnd])] else { return nil }
        for phrase in candidates where !seen.contains(phrase.target.slug) {
            let end = start + phrase.characters.count
            guard end <= folded.count, Array(folded[start..<end]) == phrase.characters else { continue }
            if end < folded.count && GlossaryLinker.isWordCharacter(folded[end]) { continue }
            return phrase
        }
        return nil
    }

    static func fold(_ text: String) -> [Character] {
        text.map(foldCharacter)
    }

    static func foldCharacter(_ character: Character) -> Character {
        let lower = character.lowercased()
        return lower.count == 1 ? Character(lower) : character
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    static func firstWord(_ folded: [Character]) -> String {
        String(folded.prefix { isWordCharacter($0) })
    }
}
