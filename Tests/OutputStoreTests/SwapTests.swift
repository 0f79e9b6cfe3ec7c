import Foundation
import Testing

@testable import OutputStore

@Suite("Swapping a new site in")
struct SwapTests {
    @Test("the staging folder is exchanged atomically with the output")
    func atomicExchange() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exchange-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["a", "b"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(name), withIntermediateDirectories: true)
            try Data(name.utf8).write(to: root.appendingPathComponent("\(name)/file"))
        }
        #expect(AtomicExchange.exchange(root.appendingPathComponent("a").path, root.appendingPathComponent("b").path))
        #expect(try Data(contentsOf: root.appendingPathComponent("a/file")) == Data("b".utf8))
        #expect(try Data(contentsOf: root.appendingPathComponent("b/file")) == Data("a".utf8))
    }

    @Test("recovery restores the previous site when a swap was cut between its renames")
    func recoveryAfterInterruptedSwap() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("recover-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let previous = root.appendingPathComponent("Output.previous")
        let staging = root.appendingPathComponent("Output.staging")
        try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: previous.appendingPathComponent("index.html"))
        try StagedOutput.recover(output: output)
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == Data("old".utf8))
        #expect(!FileManager.default.fileExists(atPath: previous.path))
        #expect(!FileManager.default.fileExists(atPath: staging.path))
    }
}
