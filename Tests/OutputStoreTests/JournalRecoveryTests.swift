import Foundation
import Testing

@testable import OutputStore

/// An in-place update of ``publishedSite`` written out by hand: its journal, and the changes a
/// killed update would have applied, one entry at a time.
struct HandWrittenUpdate {
    typealias Entry = RollbackJournal.Entry

    let site: ScratchSite
    let journal: RollbackJournal
    /// The entries, in the order an update applies them (new files, replacements, appends, removals).
    let entries: [Entry]
    /// The new bytes of created and replaced files, and the bytes written over appended files' tails.
    let contents: [String: Data]

    init(site: ScratchSite) throws {
        self.site = site
        journal = RollbackJournal(output: site.output)
        let json = try #require(site.bytes("archive/outcomes.json"))
        let csv = try #require(site.bytes("archive/outcomes.csv"))
        entries = [
            .createFolder(path: "briefings/2024-01-04"),
            .createFolder(path: "briefings/2024-01-04/notes"),
            .create(path: "briefings/2024-01-04/notes/index.html"),
            .create(path: "archive/read me.txt"),
            .replace(number: 1, path: "index.html"),
            .replace(number: 2, path: "briefings/2024-01-02/briefing.md"),
            .append(number: 3, keep: json.count - 3, length: json.count, path: "archive/outcomes.json"),
            .append(number: 4, keep: csv.count, length: csv.count, path: "archive/outcomes.csv"),
            .remove(number: 5, path: "briefings/2024-01-03/index.html"),
            .remove(number: 6, path: "retired/2023/notes.txt"),
        ]
        contents = [
            "briefings/2024-01-04/notes/index.html": Data("<p>fourth</p>\n".utf8),
            "archive/read me.txt": Data("read me\n".utf8),
            "index.html": Data("<p>home, rewritten and longer</p>\n".utf8),
            "briefings/2024-01-02/briefing.md": Data("#\n".utf8),
            "archive/outcomes.json": Data(",\n{\"n\":2},\n{\"n\":3}\n]\n".utf8),
            "archive/outcomes.csv": Data("2\n3\n".utf8),
        ]
    }

    /// Writes the journal as ``RollbackJournal/begin(_:prepare:)`` leaves it: `old/<n>` hard
    /// links, `tails/<n>` files, `entries`, and (when `active`) the marker.
    func writeJournal(active: Bool = true) throws {
        let manager = FileManager.default
        for sub in ["old", "tails"] {
            try manager.createDirectory(
                at: journal.folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for entry in entries {
            switch entry {
            case .replace(let number, let path), .remove(let number, let path):
                try #require(link(site.output.path + "/" + path, journal.old(number)) == 0)
            case .append(let number, let keep, _, let path):
                let bytes = try #require(site.bytes(path))
                try Data(bytes[keep...]).write(to: URL(fileURLWithPath: journal.tail(number)))
            case .createFolder, .create:
                break
            }
        }
        let text = entries.map { RollbackJournal.line($0) + "\n" }.joined()
        try Data(text.utf8).write(to: journal.folder.appendingPathComponent("entries"))
        if active { try Data("active\n".utf8).write(to: journal.marker) }
    }

    /// Applies the first `count` entries to the site, as an update killed after them would have.
    func apply(first count: Int) throws {
        for entry in entries.prefix(count) { try apply(entry) }
    }

    /// Applies one entry the way an update does.
    func apply(_ entry: Entry) throws {
        let manager = FileManager.default
        switch entry {
        case .createFolder(let path):
            try manager.createDirectory(
                at: site.output.appendingPathComponent(path), withIntermediateDirectories: false)
        case .create(let path), .replace(_, let path):
            let pending = site.root.appendingPathComponent("pending")
            try #require(contents[path]).write(to: pending)
            try #require(rename(pending.path, site.output.path + "/" + path) == 0)
        case .append(_, let keep, _, let path):
            try overwrite(path, from: keep, with: try #require(contents[path]), truncate: true)
        case .remove(_, let path):
            try manager.removeItem(at: site.output.appendingPathComponent(path))
            var folder = site.output.appendingPathComponent(path).deletingLastPathComponent()
            while folder.path.count > site.output.path.count,
                try manager.contentsOfDirectory(atPath: folder.path).isEmpty
            {
                try manager.removeItem(at: folder)
                folder = folder.deletingLastPathComponent()
            }
        }
    }

    /// Writes `bytes` over the site file `path` from `offset`, then cuts the file after them if asked.
    func overwrite(_ path: String, from offset: Int, with bytes: Data, truncate: Bool) throws {
        let handle = try FileHandle(forWritingTo: site.output.appendingPathComponent(path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: bytes)
        if truncate { try handle.truncate(atOffset: UInt64(offset + bytes.count)) }
    }
}

@Suite("Rolling back an interrupted in-place update")
struct JournalRecoveryTests {
    /// How many entries ``HandWrittenUpdate`` has.
    static let entryCount = 10

    @Test("an update killed after any number of its changes is rolled back byte for byte", arguments: 0...entryCount)
    func rollbackAfterChanges(_ applied: Int) throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let original = try site.tree()
        let update = try HandWrittenUpdate(site: site)
        #expect(update.entries.count == Self.entryCount)
        try update.writeJournal()
        try update.apply(first: applied)
        if applied == Self.entryCount {
            // Sanity check of the hand-made update: everything changed.
            #expect(site.text("archive/outcomes.json") == "[\n{\"n\":1},\n{\"n\":2},\n{\"n\":3}\n]\n")
            #expect(site.text("archive/outcomes.csv") == "n\n1\n2\n3\n")
            #expect(!site.exists(site.output.appendingPathComponent("retired")))
            #expect(!site.exists(site.output.appendingPathComponent("briefings/2024-01-03")))
        }
        if applied > 0 { #expect(try site.tree() != original) }

        // Keep a copy of the journal to replay it, as if the first recovery died before its end.
        let copy = site.root.appendingPathComponent("journal copy")
        try FileManager.default.copyItem(at: update.journal.folder, to: copy)

        try StagedOutput.recover(output: site.output)
        #expect(try site.tree() == original)
        #expect(try site.siblings() == ["journal copy"])

        try FileManager.default.moveItem(at: copy, to: update.journal.folder)
        try StagedOutput.recover(output: site.output)
        #expect(try site.tree() == original)
        #expect(try site.siblings() == [])

        try StagedOutput.recover(output: site.output)
        #expect(try site.tree() == original)
        #expect(try site.siblings() == [])
    }

    @Test("an append cut off half-way is restored, whether the file got shorter or longer", arguments: [2, 5])
    func tornAppend(_ written: Int) throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let original = try site.tree()
        let update = try HandWrittenUpdate(site: site)
        try update.writeJournal()
        try update.apply(first: 6)
        guard case .append(_, let keep, _, let path) = update.entries[6] else {
            Issue.record("entry 6 is not an append")
            return
        }
        let bytes = try #require(update.contents[path])
        try update.overwrite(path, from: keep, with: bytes.prefix(written), truncate: false)
        #expect(site.text(path) == (written == 2 ? "[\n{\"n\":1},\n\n" : "[\n{\"n\":1},\n{\"n"))
        try StagedOutput.recover(output: site.output)
        #expect(try site.tree() == original)
        #expect(try site.siblings() == [])
    }

    @Test("a journal without its marker is deleted and the site is left as it is")
    func inactiveJournal() throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let original = try site.tree()
        let update = try HandWrittenUpdate(site: site)
        // Entries that would delete published files if they were undone.
        try update.writeJournal(active: false)
        try Data("create index.html\nfolder archive\ncreate archive/outcomes.csv\n".utf8)
            .write(to: update.journal.folder.appendingPathComponent("entries"))
        try StagedOutput.recover(output: site.output)
        #expect(try site.tree() == original)
        #expect(try site.siblings() == [])
    }

    @Test("a journal whose entries hold a bad line stops the recovery with an error naming it")
    func badLine() throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let original = try site.tree()
        let update = try HandWrittenUpdate(site: site)
        try update.writeJournal()
        try Data("create archive/read me.txt\nreplace one index.html\n".utf8)
            .write(to: update.journal.folder.appendingPathComponent("entries"))
        let expected = OutputError(
            path: site.root.path + "/site.journal/entries", message: "the journal holds a line that is not an entry")
        #expect(throws: expected) { try StagedOutput.recover(output: site.output) }
        #expect(try site.tree() == original)
        #expect(site.exists(update.journal.marker))
        #expect(throws: expected) { try InPlaceOutput(output: site.output.path) }
    }

    @Test("an active journal without entries stops the recovery with an error naming the journal")
    func missingEntries() throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let update = try HandWrittenUpdate(site: site)
        try update.writeJournal()
        try FileManager.default.removeItem(at: update.journal.folder.appendingPathComponent("entries"))
        let expected = OutputError(
            path: site.root.path + "/site.journal", message: "the journal of an interrupted update cannot be read")
        #expect(throws: expected) { try StagedOutput.recover(output: site.output) }
    }

    @Test("an active journal with no entries is simply removed")
    func emptyEntries() throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let original = try site.tree()
        let update = try HandWrittenUpdate(site: site)
        try update.writeJournal()
        try Data().write(to: update.journal.folder.appendingPathComponent("entries"))
        try StagedOutput.recover(output: site.output)
        #expect(try site.tree() == original)
        #expect(try site.siblings() == [])
    }

    @Test("recovery also removes a leftover staging folder, and does nothing without a journal")
    func leftovers() throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let original = try site.tree()
        try FileManager.default.createDirectory(
            at: site.staging.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try StagedOutput.recover(output: site.output)
        #expect(try site.siblings() == [])
        try StagedOutput.recover(output: site.output)
        #expect(try site.tree() == original)
    }

    @Test("begin writes the entries and the marker; finish removes the journal")
    func beginAndFinish() throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let update = try HandWrittenUpdate(site: site)
        var prepared = false
        try update.journal.begin(update.entries) { journal in
            prepared = true
            #expect(FileManager.default.fileExists(atPath: journal.folder.path + "/old"))
            #expect(FileManager.default.fileExists(atPath: journal.folder.path + "/tails"))
            #expect(!FileManager.default.fileExists(atPath: journal.marker.path))
        }
        #expect(prepared)
        let text = try String(contentsOf: update.journal.folder.appendingPathComponent("entries"), encoding: .utf8)
        let json = try #require(site.bytes("archive/outcomes.json")).count
        let csv = try #require(site.bytes("archive/outcomes.csv")).count
        #expect(
            text == """
                folder briefings/2024-01-04
                folder briefings/2024-01-04/notes
                create briefings/2024-01-04/notes/index.html
                create archive/read me.txt
                replace 1 index.html
                replace 2 briefings/2024-01-02/briefing.md
                append 3 \(json - 3) \(json) archive/outcomes.json
                append 4 \(csv) \(csv) archive/outcomes.csv
                remove 5 briefings/2024-01-03/index.html
                remove 6 retired/2023/notes.txt

                """)
        #expect(try String(contentsOf: update.journal.marker, encoding: .utf8) == "active\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: update.journal.folder.path).sorted()
                == ["active", "entries", "old", "tails"])
        try update.journal.finish()
        #expect(try site.siblings() == [])
    }

    @Test("a journal cut short while it was prepared (no marker yet) is replaced by the next begin")
    func beginReplacesAnOldJournal() throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let journal = RollbackJournal(output: site.output)
        try FileManager.default.createDirectory(atPath: journal.folder.path + "/old", withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: URL(fileURLWithPath: journal.old(1)))
        try journal.begin([.create(path: "x")]) { _ in }
        #expect(!FileManager.default.fileExists(atPath: journal.old(1)))
        #expect(
            try String(contentsOf: journal.folder.appendingPathComponent("entries"), encoding: .utf8) == "create x\n")
        try journal.finish()
    }
}
