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
public struct GlossaryLinker: Sendable {
    private struct Phrase: Sendable {
        /// The folded UTF-8 bytes of the name (see `fold`).
        let bytes: [UInt8]
        let target: GlossaryLinkTarget
    }

    /// Candidate phrases keyed by the hash of their folded first word (`wordKey`), longest first.
    private let phrasesByFirstWord: [UInt64: [Phrase]]
    /// Every name and alias, folded, to its target.
    private let targetsByName: [[UInt8]: GlossaryLinkTarget]

    /// Creates a linker for `targets`.
    public init(targets: [GlossaryLinkTarget]) {
        var byWord: [UInt64: [Phrase]] = [:]
        var byName: [[UInt8]: GlossaryLinkTarget] = [:]
        for target in targets {
            for name in target.names {
                let folded = GlossaryLinker.fold(name)
                guard !folded.isEmpty else { continue }
                byName[folded] = target
                let mask = GlossaryLinker.wordMask(name)
                let wordLength = mask.prefix { $0 }.count
                byWord[GlossaryLinker.wordKey(folded, 0..<wordLength), default: []]
                    .append(Phrase(bytes: folded, target: target))
            }
        }
        self.phrasesByFirstWord = byWord.mapValues { phrases in
            phrases.sorted {
                $0.bytes.count != $1.bytes.count
                    ? $0.bytes.count > $1.bytes.count : $0.bytes.lexicographicallyPrecedes($1.bytes)
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
            // Most runs in a briefing are numbers and punctuation: no letter, nothing to link.
            guard run.text.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x80 }) else {
                return nil
            }
            var pieces: [MarkdownInline] = []
            for segment in GlossaryLinker.explicitSegments(run.text) {
                switch segment {
                case .text(let text):
                    pieces += autoLink(text, seen: &seen, linked: &linked, href: href)
                case .explicit(let name, let raw):
                    guard let target = targetsByName[GlossaryLinker.fold(name)] else {
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
        let bytes = Array(text.utf8)
        var segments: [Segment] = []
        var plainStart = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "[") else {
                index += 1
                continue
            }
            var close = index + 2
            while close + 1 < bytes.count, bytes[close] != UInt8(ascii: "]"), bytes[close] != UInt8(ascii: "[") {
                close += 1
            }
            guard close + 1 < bytes.count, bytes[close] == UInt8(ascii: "]"), bytes[close + 1] == UInt8(ascii: "]"),
                close > index + 2
            else {
                index += 2
                continue
            }
            if plainStart < index { segments.append(.text(string(bytes[plainStart..<index]))) }
            segments.append(.explicit(name: string(bytes[(index + 2)..<close]), raw: string(bytes[index..<(close + 2)])))
            index = close + 2
            plainStart = index
        }
        if plainStart == 0 { return [.text(text)] }
        if plainStart < bytes.count { segments.append(.text(string(bytes[plainStart...]))) }
        return segments
    }

    /// Links the first occurrence of each not-yet-linked term in `text`.
    private func autoLink(
        _ text: String, seen: inout Set<String>, linked: inout [String], href: (String) -> String
    ) -> [MarkdownInline] {
        let original = Array(text.utf8)
        let folded = GlossaryLinker.fold(text)
        let isWord = GlossaryLinker.wordMask(text)
        var pieces: [MarkdownInline] = []
        var plainStart = 0
        var index = 0
        while index < folded.count {
            let atWordStart = isWord[index] && (index == 0 || !isWord[index - 1])
            guard atWordStart, let match = longestMatch(in: folded, isWord: isWord, at: index, excluding: seen) else {
                index += 1
                continue
            }
            if plainStart < index { pieces.append(.text(GlossaryLinker.string(original[plainStart..<index]))) }
            let end = index + match.bytes.count
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

    private func longestMatch(in folded: [UInt8], isWord: [Bool], at start: Int, excluding seen: Set<String>) -> Phrase? {
        var wordEnd = start
        while wordEnd < folded.count && isWord[wordEnd] { wordEnd += 1 }
        guard let candidates = phrasesByFirstWord[GlossaryLinker.wordKey(folded, start..<wordEnd)] else { return nil }
        for phrase in candidates where !seen.contains(phrase.target.slug) {
            let end = start + phrase.bytes.count
            guard end <= folded.count, folded[start..<end].elementsEqual(phrase.bytes) else { continue }
            if end < folded.count && isWord[end] { continue }
            return phrase
        }
        return nil
    }

    /// An allocation-free FNV-1a hash of `bytes[range]`, the lookup key of a first word.
    /// Candidates found by it are always compared byte by byte, so a collision costs nothing.
    static func wordKey(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The UTF-8 bytes of `text` with ASCII letters lowercased: matching ignores ASCII case, and
    /// other characters must match as written.
    static func fold(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
    }

    /// For each UTF-8 byte of `text`, whether it belongs to a word character (a letter or a digit,
    /// in any script); every other character separates words.
    static func wordMask(_ text: String) -> [Bool] {
        var mask: [Bool] = []
        mask.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                mask.append((value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A))
            } else {
                let word = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                let length = value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
                for _ in 0..<length { mask.append(word) }
            }
        }
        return mask
    }

    static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        String(decoding: bytes, as: UTF8.self)
    }
}
