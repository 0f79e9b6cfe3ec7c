import ArgumentParser
import Foundation
import Publishing

/// `condorpress bench-glossary` (hidden): writes a copy of the content folder with generated
/// glossary terms added, for timing a build with a large glossary.
struct BenchGlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-glossary",
        abstract: "Write a copy of the content with generated glossary terms added (benchmark).",
        discussion: """
            Copies condorpress.yml, glossary/, rules/ and pages/ of --content into --out (which must \
            not exist yet) and adds --terms generated terms to its glossary. Build it with \
            --content OUT --config OUT/condorpress.yml.
            """,
        shouldDisplay: false)

    @Option(help: "The content folder to copy.")
    var content = "Content"

    @Option(help: "How many generated terms to add.")
    var terms = 10_000

    @Option(help: ArgumentHelp("The folder to create.", valueName: "DIR"))
    var out: String

    func run() throws {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: out) else {
            throw ValidationError("\(out) already exists; bench-glossary only creates a new folder")
        }
        guard terms >= 0, terms <= GeneratedGlossary.capacity else {
            throw ValidationError("--terms must be between 0 and \(GeneratedGlossary.capacity)")
        }
        let sample = try ContentLoader(directory: content).load()
        try manager.createDirectory(atPath: out, withIntermediateDirectories: true)
        for item in ["condorpress.yml", "glossary", "rules", "pages"] {
            let source = (content as NSString).appendingPathComponent(item)
            if manager.fileExists(atPath: source) {
                try manager.copyItem(atPath: source, toPath: (out as NSString).appendingPathComponent(item))
            }
        }
        let taken = Set(sample.glossary.flatMap { [$0.slug, $0.term] + $0.aliases })
        let generated = GeneratedGlossary.terms(count: terms, avoiding: taken)
        let glossary = (out as NSString).appendingPathComponent("glossary")
        try manager.createDirectory(atPath: glossary, withIntermediateDirectories: true)
        for term in generated {
            try Data(term.fileText.utf8).write(
                to: URL(fileURLWithPath: glossary).appendingPathComponent(term.slug + ".md"))
        }
        let counts = "\(sample.glossary.count) glossary terms of \(content) and \(generated.count) generated ones"
        print("Wrote \(out): \(counts).")
    }
}
