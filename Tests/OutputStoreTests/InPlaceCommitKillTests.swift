import Foundation
import Testing

@testable import OutputStore

/// Real commits of an in-place update, killed by ``FaultInjection`` after each of their changes
/// in a child process, then rolled back by the parent.
@Suite("In-place commits killed part-way")
struct InPlaceCommitKillTests {
    /// The update of ``publishedSite`` the tests commit: eight journal entries (two new folders,
    /// one new file, one replaced file, two appends, two removals).
    static let changes = 8

    /// Stages the update into `output`.
    static func stageUpdate(_ output: InPlaceOutput) throws {
        try output.write("<p>home, new</p>\n", to: "index.html")
        try output.write("<p>second of January</p>\n", to: "briefings/2024-01-02/index.html")
        try output.write("<p>fourth</p>\n", to: "briefings/2024-01-04/notes/index.html")
        _ = output.append(
            Data(",\n{\"n\":2}\n]\n".utf8), to: "archive/outcomes.json", replacingTail: Data("\n]\n".utf8))
        _ = output.append(Data("2\n".utf8), to: "archive/outcomes.csv", replacingTail: Data())
        output.remove("briefings/2024-01-03/index.html")
        output.remove("retired/2023/notes.txt")
    }

    @Test("a commit killed after any of its changes is rolled back to the previous site", arguments: 1...changes)
    func killedCommit(_ applied: Int) async throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let original = try site.tree()
        let path = site.output.path
        await #expect(processExitsWith: .signal(SIGKILL)) { [path = path as String, applied = applied as Int] in
            setenv("CONDORPRESS_KILL_AFTER_CHANGES", String(applied), 1)
            let output = try InPlaceOutput(output: path)
            try InPlaceCommitKillTests.stageUpdate(output)
            try output.commit()
        }
        // Changes are applied in order: new folders and files, replacements, appends, removals.
        #expect(site.exists(site.output.appendingPathComponent("briefings/2024-01-04")) == (applied >= 1))
        #expect(
            site.exists(site.output.appendingPathComponent("briefings/2024-01-04/notes/index.html")) == (applied >= 3))
        #expect(site.text("index.html") == (applied >= 4 ? "<p>home, new</p>\n" : "<p>home</p>\n"))
        #expect(site.text("archive/outcomes.csv") == (applied >= 5 ? "n\n1\n2\n" : "n\n1\n"))
        #expect(
            site.text("archive/outcomes.json") == (applied >= 6 ? "[\n{\"n\":1},\n{\"n\":2}\n]\n" : "[\n{\"n\":1}\n]\n")
        )
        #expect(site.exists(site.output.appendingPathComponent("briefings/2024-01-03")) == (applied < 7))
        #expect(site.exists(site.output.appendingPathComponent("retired")) == (applied < 8))
        #expect(site.exists(site.journal.appendingPathComponent("active")))
        #expect(site.exists(site.staging))
        try StagedOutput.recover(output: site.output)
        #expect(try site.tree() == original)
        #expect(try site.siblings() == [])
    }

    @Test("a commit that is not killed publishes the update in the child process")
    func unkilledCommit() async throws {
        let site = try ScratchSite(publishedSite)
        defer { site.remove() }
        let path = site.output.path
        await #expect(processExitsWith: .success) { [path = path as String] in
            setenv("CONDORPRESS_KILL_AFTER_CHANGES", String(InPlaceCommitKillTests.changes + 1), 1)
            let output = try InPlaceOutput(output: path)
            try InPlaceCommitKillTests.stageUpdate(output)
            guard output.changedFiles == 6 else { exit(2) }
            try output.commit()
        }
        #expect(site.text("index.html") == "<p>home, new</p>\n")
        #expect(site.text("archive/outcomes.json") == "[\n{\"n\":1},\n{\"n\":2}\n]\n")
        #expect(site.text("archive/outcomes.csv") == "n\n1\n2\n")
        #expect(site.text("briefings/2024-01-04/notes/index.html") == "<p>fourth</p>\n")
        #expect(!site.exists(site.output.appendingPathComponent("retired")))
        #expect(!site.exists(site.output.appendingPathComponent("briefings/2024-01-03")))
        #expect(try site.siblings() == [])
    }
}
