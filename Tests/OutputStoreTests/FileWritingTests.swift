import Foundation
import Testing

@testable import OutputStore

/// `count` bytes of a repeating pattern that is not a power of two long.
private func pattern(_ count: Int) -> Data {
    let block = Data((0..<251).map { UInt8($0) })
    var data = Data(capacity: count + block.count)
    while data.count < count { data.append(block) }
    return data.prefix(count)
}

@Suite("Plain file writing shared by the outputs")
struct FileWritingTests {
    @Test("write creates missing folders and replaces a longer file completely")
    func writeFile() throws {
        let site = try ScratchSite()
        defer { site.remove() }
        let path = site.output.path + "/a/b/c/page.html"
        try Data("new".utf8).withUnsafeBytes { try FileWriting.write($0, to: path) }
        #expect(site.text("a/b/c/page.html") == "new")
        try site.put("a much longer old text", at: "old.txt")
        try Data("short".utf8).withUnsafeBytes { try FileWriting.write($0, to: site.output.path + "/old.txt") }
        #expect(site.text("old.txt") == "short")
        try Data().withUnsafeBytes { try FileWriting.write($0, to: site.output.path + "/empty") }
        #expect(site.bytes("empty") == Data())
    }

    @Test("write into a path under a file throws an error naming the file")
    func writeUnderAFile() throws {
        let site = try ScratchSite(["plain": "x"])
        defer { site.remove() }
        let path = site.output.path + "/plain/page.html"
        #expect(throws: OutputError(path: path, message: "cannot create the file: not a directory")) {
            try Data("new".utf8).withUnsafeBytes { try FileWriting.write($0, to: path) }
        }
    }

    @Test("holds is true exactly for the same bytes")
    func holds() throws {
        let site = try ScratchSite(["a.txt": "abcdef"])
        defer { site.remove() }
        try site.put(Data(), at: "empty")
        func holds(_ text: String, _ path: String) -> Bool {
            Data(text.utf8).withUnsafeBytes { FileWriting.holds($0, at: site.output.path + "/" + path) }
        }
        #expect(holds("abcdef", "a.txt"))
        #expect(!holds("abcdeg", "a.txt"))
        #expect(!holds("Abcdef", "a.txt"))
        #expect(!holds("abcde", "a.txt"))
        #expect(!holds("abcdefg", "a.txt"))
        #expect(!holds("", "a.txt"))
        #expect(holds("", "empty"))
        #expect(!holds("x", "empty"))
        #expect(!holds("abcdef", "missing.txt"))
        #expect(!holds("", "missing.txt"))
        let large = pattern(3 << 20)
        try site.put(large, at: "large")
        #expect(large.withUnsafeBytes { FileWriting.holds($0, at: site.output.path + "/large") })
        var changed = large
        changed[changed.count - 1] ^= 1
        #expect(!changed.withUnsafeBytes { FileWriting.holds($0, at: site.output.path + "/large") })
    }

    @Test(
        "copy gives the same bytes for files around the 4 MiB block size, replacing a longer target",
        arguments: [0, 1, (4 << 20) - 1, 4 << 20, (4 << 20) + 1, (9 << 20) + 7])
    func copy(_ size: Int) throws {
        let site = try ScratchSite()
        defer { site.remove() }
        let source = pattern(size)
        try site.put(source, at: "source")
        try site.put(Data(pattern(size + 100).reversed()), at: "target")
        try FileWriting.copy(site.output.path + "/source", to: site.output.path + "/target")
        #expect(site.bytes("target") == source)
        try FileWriting.copy(site.output.path + "/source", to: site.output.path + "/fresh")
        #expect(site.bytes("fresh") == source)
    }

    @Test("copy from a missing file or into a missing folder throws an error naming the file")
    func copyErrors() throws {
        let site = try ScratchSite(["source": "x"])
        defer { site.remove() }
        let missing = site.output.path + "/missing"
        #expect(throws: OutputError(path: missing, message: "cannot read the file: no such file or directory")) {
            try FileWriting.copy(missing, to: site.output.path + "/target")
        }
        let target = site.output.path + "/no/such/folder"
        #expect(throws: OutputError(path: target, message: "cannot create the file: no such file or directory")) {
            try FileWriting.copy(site.output.path + "/source", to: target)
        }
    }

    @Test("the path log keeps every path added from many threads")
    func pathLog() {
        let log = PathLog()
        DispatchQueue.concurrentPerform(iterations: 2_000) { index in
            log.add("page-\(index % 1_000).html")
        }
        #expect(log.all == Set((0..<1_000).map { "page-\($0).html" }))
    }
}
