import Foundation
import Synchronization
import Testing

@testable import Publishing

/// One example of the GFM specification: its Markdown and where it stands.
struct GFMExample: CustomTestStringConvertible, Sendable {
    let file: String
    let line: Int
    let markdown: String

    var testDescription: String { "\(file):\(line)" }
}

/// Reads the GFM specification's examples in the upstream format (a fence of 32 backticks
/// followed by `example`, the Markdown, a line with `.`, the expected HTML, the closing fence).
enum GFMExamples {
    static let fence = String(repeating: "`", count: 32)

    /// Every non-disabled example of `spec.txt`, `extensions.txt` and `regression.txt`.
    static func all() throws -> [GFMExample] {
        try ["spec.txt", "extensions.txt", "regression.txt"].flatMap { try examples(in: $0) }
    }

    static func examples(in name: String) throws -> [GFMExample] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/gfm/\(name)", withExtension: nil))
        let text = try String(contentsOf: url, encoding: .utf8)
        var result: [GFMExample] = []
        var current: [Substring]? = nil
        var startLine = 0
        var disabled = false
        var inMarkdown = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if current == nil, line.hasPrefix(fence + " example") {
                current = []
                startLine = index + 1
                disabled = line.contains("disabled")
                inMarkdown = true
            } else if current != nil, line == fence {
                if !disabled, let lines = current {
                    let markdown = lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                    result.append(GFMExample(file: name, line: startLine, markdown: markdown))
                }
                current = nil
            } else if current != nil, inMarkdown {
                if line == "." { inMarkdown = false } else { current?.append(line) }
            }
        }
        return result
    }
}

/// Runs the reference `cmark-gfm` binary with the site's extensions on `markdown`.
func referenceHTML(_ markdown: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["cmark-gfm"] + MarkdownOptions.siteExtensions.flatMap { ["-e", $0] }
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(markdown.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "the reference cmark-gfm binary failed (is the cmark-gfm package installed?)")
    return String(decoding: data, as: UTF8.self)
}

@Suite("GFM conformance against the reference cmark-gfm binary")
struct GFMConformanceTests {
    @Test("the example files hold every non-disabled example")
    func exampleCount() throws {
        let examples = try GFMExamples.all()
        #expect(examples.count == 718)
        #expect(try GFMExamples.examples(in: "spec.txt").count == 671)
    }

    @Test("every example renders byte for byte like cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist")
    func everyExampleMatchesReference() throws {
        var mismatches: [String] = []
        let examples = try GFMExamples.all()
        for example in examples {
            let ours = try MarkdownRenderer.html(from: example.markdown, options: .reference)
            let reference = try referenceHTML(example.markdown)
            if ours != reference { mismatches.append(example.testDescription) }
        }
        #expect(mismatches.isEmpty, "examples that differ: \(mismatches.joined(separator: ", "))")
        #expect(examples.count - mismatches.count == 718)
    }

    @Test("safe mode omits raw HTML; unsafe mode lets it through")
    func safeAndUnsafe() throws {
        let markdown = "<b>bold</b> and <script>x</script>\n"
        #expect(try MarkdownRenderer.html(from: markdown) == "<p><!-- raw HTML omitted -->bold<!-- raw HTML omitted --> and <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n")
        #expect(
            try MarkdownRenderer.html(from: markdown, options: MarkdownOptions(unsafe: true))
                == "<p><b>bold</b> and &lt;script>x&lt;/script></p>\n")
    }

    @Test("tables, strikethrough, autolinks and task lists are enabled")
    func extensionsAreEnabled() throws {
        let markdown = "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ www.example.com\n\n- [x] done\n"
        let html = try MarkdownRenderer.html(from: markdown)
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done"))
    }

    @Test("documents parsed on many threads at once keep strikethrough and autolinks (cmark-gfm's shared table)")
    func parallelParsesKeepExtensions() {
        let markdown = "~~gone~~ www.example.com and https://example.org\n\n| a |\n|---|\n| ~~b~~ |\n"
        let expected = try? MarkdownRenderer.html(from: markdown)
        let wrong = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 4_000) { _ in
            if (try? MarkdownRenderer.html(from: markdown)) != expected { wrong.withLock { $0 += 1 } }
        }
        #expect(expected?.contains("<del>gone</del>") == true)
        #expect(wrong.withLock { $0 } == 0)
    }

    @Test("an unknown extension is a clear error")
    func unknownExtension() {
        #expect(throws: MarkdownError.unknownExtension("nope")) {
            try MarkdownRenderer.html(from: "x", options: MarkdownOptions(extensions: ["nope"]))
        }
    }
}
