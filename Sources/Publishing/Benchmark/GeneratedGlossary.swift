import MarketData

/// Made-up glossary terms for benchmarks and scale tests: multi-word option-trading names with a
/// plural and a hyphenated alias each, a summary, a body with an explicit link and a related term.
///
/// The same count and seed give the same terms on every platform. Nothing here is published with
/// the sample site; `condorpress bench-glossary` writes the terms into a copy of the content.
public enum GeneratedGlossary {
    /// A generated term, ready to be written as `glossary/<slug>.md`.
    public struct Term: Sendable, Equatable {
        /// The file stem and page slug.
        public var slug: String
        /// The term as displayed, such as `Short carry threshold`.
        public var term: String
        /// The plural and the hyphenated form: `short carry thresholds`, `short-carry threshold`.
        public var aliases: [String]
        /// One line.
        public var summary: String
        /// Another generated term's name.
        public var related: [String]
        /// The Markdown body.
        public var body: String

        /// Every name the term answers to: the term, then its aliases.
        public var names: [String] { [term] + aliases }

        /// The file's text: front matter, then the body.
        public var fileText: String {
            func quoted(_ text: String) -> String { "\"" + text + "\"" }
            return """
                ---
                term: \(quoted(term))
                aliases: [\(aliases.map(quoted).joined(separator: ", "))]
                summary: \(quoted(summary))
                related: [\(related.map(quoted).joined(separator: ", "))]
                ---
                \(body)

                """
        }
    }

    static let firstWords = [
        "short", "long", "put", "call", "VIX", "SPX", "iron", "implied", "realised", "forward", "weekly", "daily",
        "delta", "gamma", "vega", "theta", "rolling", "hedged", "net", "adjusted", "synthetic", "calendar",
        "diagonal", "spot", "strike", "credit", "debit", "margin", "tail", "wing", "band", "layer", "breadth",
        "event", "expiry", "session",
    ]
    static let middleWords = [
        "volatility", "risk", "spread", "premium", "exposure", "roll", "hedge", "carry", "drift", "decay", "basis",
        "convexity", "momentum", "liquidity", "yield", "width", "skew", "slope", "term", "drawdown",
    ]
    static let lastWords = [
        "ratio", "index", "limit", "window", "curve", "signal", "threshold", "factor", "score", "budget", "gap",
        "cap", "floor", "target", "buffer", "estimate", "trigger", "schedule", "profile", "surface", "drag",
        "offset", "reserve", "quota", "bracket",
    ]

    /// The largest count `terms(count:avoiding:seed:)` can make.
    public static var capacity: Int { firstWords.count * middleWords.count * lastWords.count }

    /// `count` distinct terms (at most `capacity`), none of whose names is in `avoiding` (compared
    /// lowercased) and whose slugs are not in `avoiding` either.
    /// - Parameters:
    ///   - count: how many terms to make.
    ///   - avoiding: names and slugs already taken, e.g. those of the sample glossary.
    ///   - seed: picks which word combinations are used, and in which order.
    /// - Returns: the terms, in the order the seed picked them.
    /// - Complexity: O(`capacity`).
    public static func terms(count: Int, avoiding: Set<String> = [], seed: UInt64 = 11) -> [Term] {
        var combinations: [(Int, Int, Int)] = []
        for first in firstWords.indices {
            for middle in middleWords.indices {
                for last in lastWords.indices { combinations.append((first, middle, last)) }
            }
        }
        var random = SplitMix64(seed: seed)
        for index in stride(from: combinations.count - 1, to: 0, by: -1) {
            combinations.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        let taken = Set(avoiding.map { $0.lowercased() })
        var words: [[String]] = []
        var used = Set<String>()
        for (first, middle, last) in combinations where words.count < count {
            let parts = [firstWords[first], middleWords[middle], lastWords[last]]
            let names = Self.names(parts)
            let keys = names.map { $0.lowercased() } + [Slug.make(names[0])]
            guard Set(parts).count == 3, keys.allSatisfy({ !taken.contains($0) && !used.contains($0) }) else {
                continue
            }
            used.formUnion(keys)
            words.append(parts)
        }
        return words.indices.map { index in
            let parts = words[index]
            let names = Self.names(parts)
            let other = Self.names(words[(index + 1) % words.count])[0]
            return Term(
                slug: Slug.make(names[0]), term: names[0], aliases: Array(names.dropFirst()),
                summary: "A made-up measure of the \(parts[1]) \(parts[2]) of a \(parts[0]) position, for scale tests.",
                related: [other],
                body: """
                    The \(names[0].lowercased()) compares the \(parts[1]) of a position with its \(parts[2]). \
                    It is read together with the [[\(other)]] and the VIX, and it never enters the rules.
                    """)
        }
    }

    /// The term, its plural and its hyphenated form for three words.
    private static func names(_ parts: [String]) -> [String] {
        let capitalised = parts[0].prefix(1).uppercased() + parts[0].dropFirst()
        let first = parts[0] == parts[0].lowercased() ? capitalised : parts[0]
        let last = parts[2]
        let plural = last.hasSuffix("x") || last.hasSuffix("s") ? last + "es" : last + "s"
        return [
            "\(first) \(parts[1]) \(last)", "\(parts[0]) \(parts[1]) \(plural)", "\(parts[0])-\(parts[1]) \(last)",
        ]
    }
}
