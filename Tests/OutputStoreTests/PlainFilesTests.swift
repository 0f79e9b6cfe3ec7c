import Foundation
import Testing

@testable import OutputStore

@Suite("Plain file-system errors")
struct PlainFilesTests {
    @Test("Foundation failures become a sentence with the path and the reason, never NSCocoaErrorDomain")
    func plainSentences() throws {
        let site = try ScratchSite(["page.html": "x"])
        defer { site.remove() }
        let missing = site.root.appendingPathComponent("missing")
        #expect(
            throws: OutputError(
                path: missing.path, message: "cannot remove this file or folder: no such file or directory")
        ) {
            try PlainFiles.remove(missing)
        }
        let target = site.root.appendingPathComponent("elsewhere")
        #expect(
            throws: OutputError(
                path: missing.path, message: "cannot rename this to \(target.path): no such file or directory")
        ) {
            try PlainFiles.move(missing, to: target)
        }
        let underFile = site.output.appendingPathComponent("page.html/sub")
        #expect(throws: OutputError(path: underFile.path, message: "cannot create the folder: not a directory")) {
            try PlainFiles.makeFolder(underFile)
        }
        #expect(SystemReason.text(EACCES) == "permission denied")
        #expect(SystemReason.text(of: CocoaError(.fileNoSuchFile)) == "no such file or directory")
        #expect(SystemReason.text(of: CocoaError(.fileWriteOutOfSpace)) == "no space left on device")
    }

    @Test("any error a step throws reads as a plain sentence: a file error's path and reason, others as they are")
    func sentences() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/file.txt"
        do {
            _ = try String(contentsOfFile: missing, encoding: .utf8)
            Issue.record("reading a missing file succeeded")
        } catch {
            let sentence = SystemReason.sentence(for: error)
            #expect(sentence == "\(missing): no such file or directory")
            #expect(!sentence.contains("NSCocoaErrorDomain"))
        }
        #expect(SystemReason.sentence(for: POSIXError(.EACCES)) == "permission denied")
        #expect(SystemReason.sentence(for: OutputError(path: "a.md", message: "bad")) == "a.md: bad")
        struct Custom: Error, CustomStringConvertible { var description: String { "a custom failure" } }
        #expect(SystemReason.sentence(for: Custom()) == "a custom failure")
    }
}
