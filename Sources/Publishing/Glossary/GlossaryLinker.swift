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
        let scalars: [Unicode.Scalar]
        let target: GlossaryLinkTarget
    }

    /// Candidate phrases keyed by the hash of their folded first word (`wordKey`), longest first.
    private let phrasesByFirstWord: [UInt64: [Phrase]]
    /// Every name and alias, folded, to its target.
    private let targetsByName: [String: GlossaryLinkTarget]

    /// Creates a linker for `targets`.
    public init(targets: [GlossaryLinkTarget]) {
        var byWord: [UInt64: [Phrase]] = [:]
        var byName: [String: GlossaryLinkTarget] = [:]
        for target in targets {
            for name in target.names {
                let folded = GlossaryLinker.fold(name)
                guard !folded.isEmpty else { continue }
                byName[GlossaryLinker.string(folded)] = target
                let wordLength = folded.prefix { GlossaryLinker.isWordScalar($0) }.count
                let key = GlossaryLinker.wordKey(folded, 0..<wordLength)
                byWord[key, default: []].append(Phrase(scalars: folded, target: target))
            }
        }
        self.phrasesByFirstWord = byWord.mapValues { phrases in
            phrases.sorted {
                $0.scalars.count != $1.scalars.count
                    ? $0.scalars.count > $1.scalars.count : GlossaryLinker.string($0.scalars) < GlossaryLinker.string($1.scalars)
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
                    guard let target = targetsByName[GlossaryLinker.string(GlossaryLinker.fold(name))] else {
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
        let scalars = Array(text.unicodeScalars)
        var segments: [Segment] = []
        var plainStart = 0
        var index = 0
        while index + 1 < scalars.count {
            guard scalars[index] == "[", scalars[index + 1] == "[" else {
                index += 1
                continue
            }
            var close = index + 2
            while close + 1 < scalars.count, !(scalars[close] == "]" && scalars[close + 1] == "]"), scalars[close] != "[",
                scalars[close] != "]"
            {
                close += 1
            }
            guard close + 1 < scalars.count, scalars[close] == "]", scalars[close + 1] == "]", close > index + 2 else {
                index += 2
                continue
            }
            if plainStart < index { segments.append(.text(string(scalars[plainStart..<index]))) }
            segments.append(.explicit(name: string(scalars[(index + 2)..<close]), raw: string(scalars[index..<(close + 2)])))
            index = close + 2
            plainStart = index
        }
        if plainStart < scalars.count { segments.append(.text(string(scalars[plainStart...]))) }
        return segments
    }

    /// Links the first occurrence of each not-yet-linked term in `text`.
    private func autoLink(
        _ text: String, seen: inout Set<String>, linked: inout [String], href: (String) -> String
    ) -> [MarkdownInline] {
        let original = Array(text.unicodeScalars)
        let folded = original.map(GlossaryLinker.foldScalar)
        var pieces: [MarkdownInline] = []
        var plainStart = 0
        var index = 0
        while index < folded.count {
            let atWordStart = GlossaryLinker.isWordScalar(folded[index])
                && (index == 0 || !GlossaryLinker.isWordScalar(folded[index - 1]))
            guard atWordStart, let match = longestMatch(in: folded, at: index, excluding: seen) else {
                index += 1
                continue
            }
            if plainStart < index { pieces.append(.text(GlossaryLinker.string(original[plainStart..<index]))) }
            let end = index + match.scalars.count
            pieces.append(
                .link(text: GlossaryLinker.string(original[index..<end]), url: href(match.target.slug), title: match.target.summary))
            seen.insert(match.target.slug)
            linked.append(match.target.slug)
            index = end
            plainStart = end
        }
        if plainStart == 0 { return [.text(text)] }
        if plainStart < original.count { pieces.append(.text(GlossaryLinker.string(original[plainStart...]))) }
        return pieces
    }

    private func longestMatch(in folded: [Unicode.Scalar], at start: Int, excluding seen: Set<String>) -> Phrase? {
        var wordEnd = start
        while wordEnd < folded.count && GlossaryLinker.isWordScalar(folded[wordEnd]) { wordEnd += 1 }
        guard let candidates = phrasesByFirstWord[GlossaryLinker.wordKey(folded, start..<wordEnd)] else { return nil }
        for phrase in candidates where !seen.contains(phrase.target.slug) {
            let end = start + phrase.scalars.count
            guard end <= folded.count, folded[start..<end].elementsEqual(phrase.scalars) else { continue }
            if end < folded.count && GlossaryLinker.isWordScalar(folded[end]) { continue }
            return phrase
        }
        return nil
    }

    /// An allocation-free FNV-1a hash of `scalars[range]`, the lookup key of a first word.
    /// Candidates found by it are always compared scalar by scalar, so a collision costs nothing.
    static func wordKey(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            hash = (hash ^ UInt64(scalars[index].value)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The case-folded scalars of `text`.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map(foldScalar)
    }

    /// Lowercases one scalar: ASCII directly, others through their Unicode lowercase mapping
    /// when it is a single scalar.
    static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 {
            return scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? (lower.first ?? scalar) : scalar
    }

    /// Letters and digits make words; everything else separates them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}
