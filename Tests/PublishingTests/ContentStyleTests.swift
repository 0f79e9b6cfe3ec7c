import Foundation
import Testing

@testable import Publishing

/// The bundled content reads naturally where it links the glossary.
@Suite("Content style")
struct ContentStyleTests {
    /// Terms whose names are proper nouns or abbreviations, capitalised anywhere in a sentence.
    static let properNames: Set<String> = [
        "A/D line", "ALVH", "AMM", "Black-76", "Black–Scholes–Merton", "CAGR", "CPI", "Calmar ratio", "FOMC", "IRR",
        "MACD", "PPI", "RSI", "Sharpe ratio", "Sortino ratio", "VIX futures", "VIX", "WACC", "Greeks",
    ]

    /// Whether an explicit link after `prefix` (the line before it) starts a sentence, a list item,
    /// a heading or a table cell.
    static func startsSentence(after prefix: Substring) -> Bool {
        var text = prefix
        while let last = text.last, last == " " || "*_([\"“".contains(last) { text.removeLast() }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || ["-", "+", ">", "|"].contains(trimmed) || trimmed.allSatisfy({ $0 == "#" }) { return true }
        if trimmed.last.map({ $0.isNumber }) == false, trimmed.range(of: #"^\d+\.$"#, options: .regularExpression) != nil {
            return true
        }
        return [".", "!", "?", "|"].contains(trimmed.last ?? " ")
    }

    @Test("no explicit glossary link capitalises a word in the middle of a sentence")
    func noCapitalisedLinksMidSentence() throws {
        let content = SiteFixture.repository.appendingPathComponent("Content")
        let files = try #require(FileManager.default.enumerator(atPath: content.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix("data/") }
        #expect(files.count > 90)
        let link = try NSRegularExpression(pattern: #"\[\[([^\]\[|]+)(\|[^\]\[]*)?\]\]"#)
        var found: [String] = []
        for file in files.sorted() {
            let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            let body = text.hasPrefix("---\n") ? text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n") : text
            for line in body.split(separator: "\n") {
                let string = String(line)
                for match in link.matches(in: string, range: NSRange(string.startIndex..., in: string)) {
                    guard let range = Range(match.range, in: string), let nameRange = Range(match.range(at: 1), in: string)
                    else { continue }
                    let name = string[nameRange].trimmingCharacters(in: .whitespaces)
                    let shown = match.range(at: 2).location == NSNotFound ? name : String(string[range].dropFirst(2).dropLast(2).split(separator: "|", maxSplits: 1).last ?? "")
                    guard let first = shown.trimmingCharacters(in: .whitespaces).first, first.isUppercase,
                        !Self.properNames.contains(name), !Self.startsSentence(after: string[..<range.lowerBound])
                    else { continue }
                    found.append("\(file): \(string[range])")
                }
            }
        }
        #expect(found == [])
    }
}
