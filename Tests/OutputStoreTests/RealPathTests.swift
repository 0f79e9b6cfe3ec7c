import Foundation
import Testing

@testable import OutputStore

@Suite("Real paths")
struct RealPathTests {
    @Test("relative paths, . and .. are normalised; missing parts are kept as written")
    func lexical() throws {
        let root = try ScratchSite()
        defer { root.remove() }
        let base = try RealPath.resolve(root.root.path, from: "/")
        #expect(try RealPath.resolve("a/./b/../c", from: base) == base + "/a/c")
        #expect(try RealPath.resolve("..", from: base + "/site") == base)
        #expect(try RealPath.resolve("/../..", from: base) == "/")
        #expect(try RealPath.resolve(".", from: base + "/site") == base + "/site")
        #expect(try RealPath.resolve("missing/../x/", from: base) == base + "/x")
    }

    @Test("links are followed, also to missing targets, and a loop of links is refused")
    func links() throws {
        let root = try ScratchSite()
        defer { root.remove() }
        let base = try RealPath.resolve(root.root.path, from: "/")
        symlink(base + "/site", base + "/link")
        symlink("site/../missing", base + "/dangling")
        symlink("loop2", base + "/loop1")
        symlink("loop1", base + "/loop2")
        #expect(try RealPath.resolve("link", from: base) == base + "/site")
        #expect(try RealPath.resolve("link/sub/..", from: base) == base + "/site")
        #expect(try RealPath.resolve(base + "/dangling/x", from: "/") == base + "/missing/x")
        #expect(
            throws: OutputError(path: "loop1", message: "the path's symbolic links go round in a loop")
        ) {
            try RealPath.resolve("loop1", from: base)
        }
    }
}
