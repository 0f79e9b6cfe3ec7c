import Foundation
import Testing

@testable import Publishing

@Suite("Glossary name rules")
struct GlossaryNameRulesTests {
    @Test("blank, one-character and common-word names are refused; specific names pass")
    func problems() {
        #expect(GlossaryNameRules.problem(with: " ") == "is blank")
        #expect(GlossaryNameRules.problem(with: "\t\n") == "is blank")
        #expect(GlossaryNameRules.problem(with: "a") == "is one character")
        #expect(GlossaryNameRules.problem(with: " Δ ") == "is one character")
        #expect(GlossaryNameRules.problem(with: "The") == "is a common word")
        #expect(GlossaryNameRules.problem(with: "to ") == "is a common word")
        #expect(GlossaryNameRules.problem(with: "of the") == "is made only of common words")
        for name in ["VIX", "AD", "A/D line", "Put", "the Greeks", "IV", "Black–Scholes–Merton"] {
            #expect(GlossaryNameRules.problem(with: name) == nil, "\(name)")
        }
        #expect(GlossaryNameRules.stopWords.isSuperset(of: ["a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "is", "it", "as", "be"]))
    }

    /// The message for a refused name.
    static func message(_ key: String, _ shown: String, _ problem: String) -> String {
        "front matter: \(key): \(shown) \(problem); a glossary name links its first occurrence on every page, so it "
            + "must be specific (two characters or more, not only common words such as \"the\" or \"of\")"
    }

    @Test("the content loader names the file and line of every refused term and alias")
    func loaderErrors() throws {
        let root = try temporaryTree([
            "glossary/vix.md": "---\nterm: VIX\naliases:\n  - ' '\n  - a\n  - volatility index\n  - the\nsummary: An index.\n---\nBody.\n",
            "glossary/of.md": "---\nsummary: A word.\nterm: \"of\"\naliases: [x, \"\\t\"]\n---\n",
            "glossary/ok.md": "---\nterm: Ok term\naliases: [OK]\nsummary: Fine.\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let vix = root.path + "/glossary/vix.md", of = root.path + "/glossary/of.md"
        #expect(
            throws: PublishingErrors([
                PublishingError(file: of, line: 3, message: Self.message("term", "\"of\"", "is a common word")),
                PublishingError(file: of, line: 4, message: Self.message("aliases", "\"x\"", "is one character")),
                PublishingError(file: of, line: 4, message: Self.message("aliases", "\"\\t\"", "is blank")),
                PublishingError(file: vix, line: 4, message: Self.message("aliases", "\" \"", "is blank")),
                PublishingError(file: vix, line: 5, message: Self.message("aliases", "\"a\"", "is one character")),
                PublishingError(file: vix, line: 7, message: Self.message("aliases", "\"the\"", "is a common word")),
            ])
        ) {
            try ContentLoader(directory: root.path).load()
        }
    }

    @Test("a refused alias is left out of the term; a long one is cut in the message")
    func single() throws {
        let long = String(repeating: " ", count: 100)
        let text = "---\nterm: Gamma\naliases: ['\(long)', gamma risk]\nsummary: S.\n---\n"
        let parsed = try ContentLoader.glossaryTerm(text: text, file: "g.md", stem: "gamma")
        #expect(parsed.item.aliases == ["gamma risk"])
        let shown = "\"" + String(repeating: " ", count: 80) + "…\""
        #expect(parsed.problems == [PublishingError(file: "g.md", line: 3, message: Self.message("aliases", shown, "is blank"))])
    }

    @Test("a term with a refused name is kept, so names referring to it are not reported too")
    func noCascade() throws {
        let root = try temporaryTree([
            "glossary/vix.md": "---\nterm: VIX\naliases: [the]\nsummary: An index.\n---\nBody.\n",
            "glossary/vega.md": "---\nterm: Vega\nsummary: S.\nrelated: [VIX]\n---\nSee [[VIX]].\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(
            throws: PublishingErrors([
                PublishingError(
                    file: root.path + "/glossary/vix.md", line: 3, message: Self.message("aliases", "\"the\"", "is a common word"))
            ])
        ) {
            try ContentLoader(directory: root.path).load()
        }
    }

    @Test("condorpress check reports refused names with file and line")
    func siteCheck() throws {
        let repository = SiteFixture.repository
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("condorpress-names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["glossary", "rules", "pages"] {
            try FileManager.default.copyItem(
                at: repository.appendingPathComponent("Content/\(folder)"), to: root.appendingPathComponent(folder))
        }
        try Data("---\nterm: Stop words\naliases: [an, the]\nsummary: Bad.\n---\nBody.\n".utf8)
            .write(to: root.appendingPathComponent("glossary/stop-words.md"))
        let problems = SiteCheck.problems(
            options: BuildOptions(
                content: root.path, templates: repository.appendingPathComponent("Templates").path,
                config: repository.appendingPathComponent("Content/condorpress.yml").path))
        let file = root.path + "/glossary/stop-words.md"
        #expect(
            problems == [
                PublishingError(file: file, line: 3, message: Self.message("aliases", "\"an\"", "is a common word")),
                PublishingError(file: file, line: 3, message: Self.message("aliases", "\"the\"", "is a common word")),
            ])
    }
}
