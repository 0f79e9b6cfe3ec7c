import Foundation

/// Which names a glossary term may answer to: none that would link in almost every sentence.
///
/// The linker links the first occurrence of every name on every page, so a blank name, a single
/// character or a common word such as "the" would put a glossary link on nearly every page.
public enum GlossaryNameRules {
    /// Common English words refused as a term or alias, lowercased; a name made only of them (such
    /// as "of the") is refused too.
    public static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "but", "if", "then", "than", "so", "not", "no", "of", "to", "in",
        "on", "at", "by", "for", "from", "with", "into", "onto", "over", "per", "via", "as", "is", "are", "was",
        "were", "be", "been", "it", "its", "this", "that", "these", "those", "he", "she", "we", "you", "they",
    ]

    /// Why `name` cannot be a glossary name, or nil when it can.
    ///
    /// Surrounding white space is ignored; words are runs of letters and digits, as for the linker.
    /// - Returns: a phrase that completes "`name` …", e.g. `is one character`.
    public static func problem(with name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return "is blank" }
        if trimmed.count == 1 { return "is one character" }
        let words = trimmed.lowercased().split { !($0.isLetter || $0.isNumber) }
        if !words.isEmpty, words.allSatisfy({ stopWords.contains(String($0)) }) {
            return words.count == 1 ? "is a common word" : "is made only of common words"
        }
        return nil
    }

    /// The error for a refused name in the front matter list or field `key` of `file`.
    static func error(name: String, problem: String, key: String, file: String, line: Int?) -> PublishingError {
        PublishingError(
            file: file, line: line,
            message: "front matter: \(key): \(quoted(name)) \(problem); a glossary name links its first occurrence "
                + "on every page, so it must be specific (two characters or more, not only common words such as "
                + "\"the\" or \"of\")")
    }

    /// `name` in double quotes with control characters escaped, cut to 80 characters.
    static func quoted(_ name: String) -> String {
        let cut = name.count > 80 ? String(name.prefix(80)) + "…" : name
        return cut.debugDescription
    }
}
