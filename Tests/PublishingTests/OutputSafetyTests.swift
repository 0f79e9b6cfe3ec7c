import Foundation
import Testing

import OutputStore
@testable import Publishing

@Suite("Output safety")
struct OutputSafetyTests {
    @Test("the home folders include $HOME, /root and every folder in /home")
    func homes() {
        let homes = OutputSafety.homeFolders()
        #expect(homes.contains("/root"))
        if let home = ProcessInfo.processInfo.environment["HOME"], home != "/" { #expect(homes.contains(home)) }
        #expect(!homes.contains("/"))
    }

    @Test("a publishing error reads as itself; an output error as its path and sentence")
    func sentences() {
        #expect(PublishingError.sentence(for: PublishingError(file: "a.md", line: 3, message: "bad")) == "a.md:3: bad")
        #expect(PublishingError(OutputError(path: "/x", message: "cannot lock the output: busy"))
            == PublishingError(file: "/x", message: "cannot lock the output: busy"))
    }
}
