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
            leftover staging folders are removed.
            """
    )

    @Option(help: "The output folder.")
    var output = "Output"

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL
        let notes = try ProblemReport.run { try StagedOutput.recover(output: folder) }
        if notes.isEmpty {
            print("\(output): nothing to recover")
        } else {
            for note in notes { print("\(output): \(note)") }
        }
    }
}
