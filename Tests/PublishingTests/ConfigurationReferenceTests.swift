import Foundation
import Testing

@testable import Publishing

/// `docs/config-keys.md` lists every key with the default and range ``ConfigurationSchema`` declares.
///
/// The ranges are declared once, in the schema, and documented without drifting. `RECORD_GOLDEN=1`
/// rewrites the table; the recording run fails until reviewed.
@Suite("The configuration reference")
struct ConfigurationReferenceTests {
    static let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/config-keys.md")
    static let start = "<!-- keys: generated from ConfigurationSchema; RECORD_GOLDEN=1 rewrites -->\n"
    static let end = "<!-- /keys -->"

    /// The table of every key: its dotted path, the shipped default and what the reader accepts.
    static var table: String {
        var lines = ["| key | default | accepted values |", "|---|---|---|"]
        for key in ConfigurationSchema.keys {
            let accepted: String
            switch key.accessor {
            case .number(_, let bounds): accepted = bounds.expectation
            case .integer(_, let range): accepted = "a whole number between \(range.lowerBound) and \(range.upperBound)"
            case .flag: accepted = "true or false"
            case .text: accepted = "text"
            case .address: accepted = "an absolute http:// or https:// address (a trailing / is added)"
            }
            let value = key.valueText(in: .defaults).replacingOccurrences(of: "|", with: "\\|")
            lines.append("| `\(key.path)` | \(value) | \(accepted) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("docs/config-keys.md lists every key with the schema's range")
    func documentMatchesSchema() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let head = try #require(text.range(of: Self.start), "docs/config-keys.md lacks the line \(Self.start)")
        let tail = try #require(text.range(of: Self.end, range: head.upperBound..<text.endIndex))
        let documented = String(text[head.upperBound..<tail.lowerBound])
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1", documented != Self.table {
            try Data((text[..<head.upperBound] + Self.table + text[tail.lowerBound...]).utf8).write(to: Self.document)
            Issue.record(
                "Recorded the key table of docs/config-keys.md. Review it, then run again without RECORD_GOLDEN.")
            return
        }
        #expect(documented == Self.table, "docs/config-keys.md is out of date: run with RECORD_GOLDEN=1 and review")
    }
}
