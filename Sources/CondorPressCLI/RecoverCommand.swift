import ArgumentParser
import Foundation
import Publishing

/// `condorpress recover`: puts an output folder back in order after a build was killed.
struct RecoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover",
        abstract: "Restore the published site after a build was killed or the machine lost power.",
        discussion: """
            Every build does this first; run it on its own when a host serves the output folder \
            directly and should not wait for the next build (for example at boot). An update that \
            was cut short while moving its files in is rolled back from its journal, byte for byte; \
            leftover staging folders are removed. It takes the same lock as builds, so it waits \
            for a build of the output to finish instead of undoing the build's commit; a link to \
            the output folder is followed.
            """
    )

    @Option(help: "The output folder.")
    var output = "Output"

    func run() throws {
        let notes = try ProblemReport.run {
            try SiteRecovery.recover(output: output) {
                FileHandle.standardError.write(Data("\(output): waiting for a build of this output to finish\n".utf8))
            }
        }
        if notes.isEmpty {
            print("\(output): nothing to recover")
        } else {
            for note in notes { print("\(output): \(note)") }
        }
    }
}
