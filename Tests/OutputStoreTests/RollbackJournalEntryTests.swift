import Foundation
import Testing

@testable import OutputStore

@Suite("Rollback journal entries as text")
struct RollbackJournalEntryTests {
    typealias Entry = RollbackJournal.Entry

    /// Every kind of entry, with plain paths and paths holding spaces (also leading and doubled).
    static let entries: [(Entry, String)] = [
        (.createFolder(path: "briefings/2024-01-04"), "folder briefings/2024-01-04"),
        (.createFolder(path: "media/new folder"), "folder media/new folder"),
        (.create(path: "briefings/2024-01-04/index.html"), "create briefings/2024-01-04/index.html"),
        (.create(path: "notes/a b  c.txt"), "create notes/a b  c.txt"),
        (.create(path: " leading space"), "create  leading space"),
        (.replace(number: 1, path: "index.html"), "replace 1 index.html"),
        (.replace(number: 12, path: "glossary/iron condor/index.html"), "replace 12 glossary/iron condor/index.html"),
        (
            .append(number: 3, keep: 1_024, length: 1_027, path: "archive/outcomes.json"),
            "append 3 1024 1027 archive/outcomes.json"
        ),
        (
            .append(number: 4, keep: 0, length: 0, path: "archive/out comes 2.csv"),
            "append 4 0 0 archive/out comes 2.csv"
        ),
        (.remove(number: 5, path: "briefings/2024-01-03/briefing.md"), "remove 5 briefings/2024-01-03/briefing.md"),
        (.remove(number: 60, path: "old page/with spaces 1 2 3.html"), "remove 60 old page/with spaces 1 2 3.html"),
    ]

    @Test("every entry kind is written as its keyword, numbers and path", arguments: 0..<entries.count)
    func lineText(_ index: Int) {
        let (entry, text) = Self.entries[index]
        #expect(RollbackJournal.line(entry) == text)
    }

    @Test("every entry kind reads back from its line", arguments: 0..<entries.count)
    func roundTrip(_ index: Int) {
        let (entry, text) = Self.entries[index]
        #expect(RollbackJournal.entry(Substring(RollbackJournal.line(entry))) == entry)
        #expect(RollbackJournal.entry(Substring(text)) == entry)
    }

    @Test("numbers may be large")
    func largeNumbers() {
        let entry = Entry.append(number: Int.max, keep: 27_000_000_000, length: 27_000_000_003, path: "a")
        #expect(RollbackJournal.line(entry) == "append 9223372036854775807 27000000000 27000000003 a")
        #expect(RollbackJournal.entry(Substring(RollbackJournal.line(entry))) == entry)
    }

    static let malformed = [
        "",
        " ",
        "delete index.html",
        "Create index.html",
        "create",
        "create ",
        "folder",
        "folder ",
        "replace",
        "replace 1",
        "replace 1 ",
        "replace index.html",
        "replace x index.html",
        "replace 1.5 index.html",
        "replace  index.html",
        "append 1 2 3",
        "append 1 2 3 ",
        "append 1 2 index.html",
        "append 1 index.html",
        "append x 2 3 index.html",
        "append 1 y 3 index.html",
        "append 1 2 z index.html",
        "append 1 2 3e0 index.html",
        "remove",
        "remove 1",
        "remove 1 ",
        "remove one index.html",
        "remove 99999999999999999999 index.html",
    ]

    @Test("malformed lines are not entries", arguments: malformed)
    func malformedLine(_ line: String) {
        #expect(RollbackJournal.entry(Substring(line)) == nil)
    }

    @Test("a line is read from a substring of a larger text")
    func substringOfText() throws {
        let text = "create a b\nreplace 2 c d\n"
        let lines = text.split(separator: "\n")
        #expect(lines.compactMap(RollbackJournal.entry) == [.create(path: "a b"), .replace(number: 2, path: "c d")])
    }

    @Test("the journal of an output is the folder <output>.journal beside it")
    func journalFolder() {
        let journal = RollbackJournal(output: URL(fileURLWithPath: "/srv/www/site", isDirectory: true))
        #expect(journal.folder.path == "/srv/www/site.journal")
        #expect(journal.marker.path == "/srv/www/site.journal/active")
        #expect(journal.old(3) == "/srv/www/site.journal/old/3")
        #expect(journal.tail(4) == "/srv/www/site.journal/tails/4")
    }
}
