import Foundation
import Strategy
import Testing

@testable import Archive

/// Extending published exports: the CSV by appending lines, the JSON by replacing its end.
@Suite("Archive exports extended by appending")
struct ArchiveExportContinuationTests {
    let rows: [ArchiveRow]

    /// The rows of an archive of 14 sessions for the three profiles (hostile explanations included).
    init() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let archive = try writtenArchive(makeRuns(sessions: 14), path: path)
        rows = try archive.allRows()
        try archive.close()
    }

    @Test("the rows cover every profile and include the hostile explanation")
    func rowsAreVaried() {
        #expect(rows.count == 14 * Profile.allCases.count)
        #expect(rows.contains { ($0.text("explanations") ?? "").contains("script") })
    }

    @Test("the CSV of earlier rows plus the lines of the later ones is the CSV of all rows, at every split")
    func csvAtEverySplit() {
        let whole = ArchiveExport.csv(rows)
        for split in 0...rows.count {
            let extended = ArchiveExport.csv(Array(rows[..<split])) + ArchiveExport.csvLines(Array(rows[split...]))
            #expect(extended == whole, "split at \(split)")
        }
    }

    @Test("the lines of no rows are empty; the lines of all rows are the CSV without its header")
    func csvLinesEdges() throws {
        #expect(ArchiveExport.csvLines([]) == "")
        let whole = ArchiveExport.csv(rows)
        let header = try #require(whole.firstIndex(of: "\n"))
        #expect(ArchiveExport.csvLines(rows) == String(whole[whole.index(after: header)...]))
        #expect(ArchiveExport.csv([]) == String(whole[...header]))
    }

    @Test("the JSON of earlier rows without its end plus the continuation of the later ones is the JSON of all rows")
    func jsonAtEverySplit() {
        let whole = ArchiveExport.json(rows)
        for split in 1...rows.count {
            let earlier = ArchiveExport.json(Array(rows[..<split]))
            #expect(earlier.hasSuffix(ArchiveExport.jsonEnd), "split at \(split)")
            let extended =
                String(earlier.dropLast(ArchiveExport.jsonEnd.count))
                + ArchiveExport.jsonContinuation(Array(rows[split...]))
            #expect(extended == whole, "split at \(split)")
        }
    }

    @Test("a continuation of no rows is the end itself; one of some rows starts with a comma and a new line")
    func jsonContinuationEdges() throws {
        #expect(ArchiveExport.jsonContinuation([]) == ArchiveExport.jsonEnd)
        #expect(ArchiveExport.jsonEnd == "\n]\n")
        let continuation = ArchiveExport.jsonContinuation(Array(rows.suffix(2)))
        #expect(continuation.hasPrefix(",\n{\"date\":\""))
        #expect(continuation.hasSuffix("}\n]\n"))
        #expect(continuation.split(separator: "\n", omittingEmptySubsequences: false).count == 5)
        #expect(ArchiveExport.json([]) == "[]\n")
        let first = ArchiveExport.json(Array(rows.prefix(1)))
        let parsed = try JSONSerialization.jsonObject(with: Data((String(first.dropLast(3)) + continuation).utf8))
        #expect((parsed as? [Any])?.count == 3)
    }

    @Test("extending in several steps, as daily builds do, gives the exports of one full write")
    func stepwiseExtension() {
        let steps = [3, 3, 6, 9, 21, 42]
        var csv = ArchiveExport.csv(Array(rows[..<steps[0]]))
        var json = ArchiveExport.json(Array(rows[..<steps[0]]))
        for (from, to) in zip(steps, steps.dropFirst()) {
            let added = Array(rows[from..<to])
            csv += ArchiveExport.csvLines(added)
            json = String(json.dropLast(ArchiveExport.jsonEnd.count)) + ArchiveExport.jsonContinuation(added)
        }
        #expect(steps.last == rows.count)
        #expect(csv == ArchiveExport.csv(rows))
        #expect(json == ArchiveExport.json(rows))
    }
}
