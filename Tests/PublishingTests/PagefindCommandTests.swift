import Foundation
import TestSupport
import Testing

@testable import Publishing

@Suite("Pagefind is found on this machine only")
struct PagefindCommandTests {
    @Test("without Pagefind the error says how to install it")
    func missingPagefind() throws {
        let empty = try ScratchFolder.make("condorpress-no-pagefind")
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(
            throws: PublishingError(
                message: "the search index (site.search) needs Pagefind, which was not found: install it with "
                    + "`make browser-deps` or `pip install pagefind-bin`, set CONDORPRESS_PAGEFIND to a pagefind "
                    + "command, or turn site.search off")
        ) {
            try PagefindCommand.locate(environment: ["PATH": empty.path])
        }
        // A blank override counts as none.
        #expect(throws: PublishingError(message: PagefindCommand.notFoundMessage)) {
            try PagefindCommand.locate(environment: ["PATH": empty.path, "CONDORPRESS_PAGEFIND": " "])
        }
    }

    @Test("CONDORPRESS_PAGEFIND names the command: a path or a program on PATH, with its arguments")
    func override() throws {
        let folder = try ScratchFolder.make("condorpress-pagefind-path")
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = folder.appendingPathComponent("pagefind")
        try Data("#!/bin/sh\nexit 0\n".utf8).write(to: program)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        #expect(
            try PagefindCommand.locate(environment: ["PATH": folder.path, "CONDORPRESS_PAGEFIND": "pagefind"])
                == PagefindCommand(executable: program.path))
        #expect(
            try PagefindCommand.locate(environment: ["PATH": "", "CONDORPRESS_PAGEFIND": program.path + " --verbose"])
                == PagefindCommand(executable: program.path, arguments: ["--verbose"]))
        // With no override and no python3, a pagefind program on PATH is used.
        #expect(try PagefindCommand.locate(environment: ["PATH": folder.path]) == PagefindCommand(executable: program.path))
        #expect(
            throws: PublishingError(
                message: "CONDORPRESS_PAGEFIND names \"/nowhere/pagefind\", but /nowhere/pagefind is not an "
                    + "executable file or a program on PATH")
        ) {
            try PagefindCommand.locate(environment: ["PATH": folder.path, "CONDORPRESS_PAGEFIND": "/nowhere/pagefind"])
        }
    }

    @Test("pagefind-bin's binary is found through python3 (make browser-deps installs it)")
    func pythonPackage() throws {
        let command = try PagefindCommand.locate(
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        #expect(FileManager.default.isExecutableFile(atPath: command.executable))
        #expect(command.arguments.isEmpty)
    }
}
