import Foundation
import Testing

@testable import Publishing

/// "Since the last session" on every briefing of the bundled sample agrees with the rest of the page.
@Suite("Since the last session")
struct SinceLastSessionTests {
    /// The lines of the section in `markdown`, without their bullets.
    static func section(_ markdown: String) -> [String] {
        guard let start = markdown.range(of: "## Since the last session\n\n") else { return [] }
        return markdown[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
    }

    @Test("each briefing opens with the moves, the steward's position, its rules and every profile's equity change")
    func everyBriefing() throws {
        let output = try BundledSampleSite.output.get()
        let days = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("briefings").path)
            .filter { $0.hasPrefix("20") }.sorted()
        #expect(days.count > 700)
        for (offset, day) in days.enumerated() {
            let markdown = try BundledSampleSite.text("briefings/\(day)/briefing.md")
            let lines = Self.section(markdown)
            if offset == 0 {
                #expect(lines == ["The first session of the history: there is no earlier close to compare with."])
                continue
            }
            // The moves are the market table's.
            let spxRow = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| SPX |") })
            let spxChange = spxRow.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }[2]
            #expect(lines.first?.hasPrefix("SPX \(spxChange) to ") == true, "\(day)")
            #expect(lines.contains { $0.hasPrefix("The steward ") }, "\(day)")
            #expect(lines.last?.hasPrefix("Equity since the last session: steward ") == true, "\(day)")
            // The rules line names exactly the rules listed under "Rules that fired today", in order.
            let fired = markdown.split(separator: "\n").filter { $0.hasPrefix("- [") && $0.contains("](../../rules/") }
                .compactMap { line in line.range(of: "(`").map { String(line[$0.upperBound...].prefix { $0 != "`" }) } }
            let rulesLine = try #require(lines.first { $0.hasPrefix("Rules fired") || $0.hasPrefix("No rule fired") })
            let named = rulesLine.components(separatedBy: "[").dropFirst().map { String($0.prefix { $0 != "]" }) }
            #expect(named == fired, "\(day)")
        }
    }
}
