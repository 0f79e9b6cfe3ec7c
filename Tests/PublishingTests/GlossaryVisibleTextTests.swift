import Foundation
import TestSupport
import Testing

@testable import Publishing

/// Glossary links change what a page links to, never what it says.
@Suite("Glossary links keep every page's visible text")
struct GlossaryVisibleTextTests {
    /// The bundled sample built a second time with links left out (`BuildOptions.glossaryLinks`):
    /// the linker still finds and reports the same terms, so every other byte of the site is the same.
    static let unlinked: Result<URL, any Error> = Result {
        let output = try ScratchFolder.make("condorpress-unlinked").appendingPathComponent("Output")
        let repository = SiteFixture.repository
        var options = BuildOptions(
            content: repository.appendingPathComponent("Content").path,
            data: repository.appendingPathComponent("Content/data").path,
            templates: repository.appendingPathComponent("Templates").path, output: output.path,
            config: repository.appendingPathComponent("Content/condorpress.yml").path)
        options.glossaryLinks = false
        _ = try SiteBuilder(options: options).build()
        return output
    }

    /// What a reader sees of `html`: comments and tags removed, character references decoded;
    /// nothing else is touched (no whitespace is folded), so a changed letter, space or character shows.
    static func visibleText(_ html: String) -> String {
        let untagged = html.replacingOccurrences(of: "<!--.*?-->", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        var text = ""
        var rest = untagged[...]
        while let ampersand = rest.firstIndex(of: "&") {
            text += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                text.append("&")
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
            var decoded = named[name]
            if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16) {
                decoded = Unicode.Scalar(value).map { String($0) }
            } else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()) {
                decoded = Unicode.Scalar(value).map { String($0) }
            }
            guard let decoded else {
                text.append("&")
                rest = rest.dropFirst()
                continue
            }
            text += decoded
            rest = rest[rest.index(after: semicolon)...]
        }
        return text + rest
    }

    @Test("the visible text strips tags and decodes references, and shows a changed or missing letter")
    func visibleTextOfHTML() {
        let linked = "<p>The <a href=\"../glossary/vix/index.html\" title=\"The &quot;fear&quot; index\">VIX</a> rose &amp; fell &#8212; &#x2013;<!-- c --></p>"
        #expect(Self.visibleText(linked) == "The VIX rose & fell \u{2014} \u{2013}")
        #expect(Self.visibleText(linked) == Self.visibleText("<p>The VIX rose &amp; fell &#8212; &#x2013;</p>"))
        #expect(Self.visibleText(linked) != Self.visibleText("<p>The vix rose &amp; fell &#8212; &#x2013;</p>"))
        #expect(Self.visibleText(linked) != Self.visibleText("<p>The VIXrose &amp; fell &#8212; &#x2013;</p>"))
        #expect(Self.visibleText("a & b &unknown; c") == "a & b &unknown; c")
    }

    @Test("every page of the sample reads the same, character for character, with and without glossary links")
    func everyPage() throws {
        let linked = try FolderSnapshot(of: try BundledSampleSite.output.get()).files
        let unlinked = try FolderSnapshot(of: try Self.unlinked.get()).files
        #expect(linked.keys.sorted() == unlinked.keys.sorted())
        var pages = 0
        var links = 0
        for path in linked.keys.sorted() {
            guard let with = linked[path], let without = unlinked[path] else { continue }
            guard path.hasSuffix(".html") else {
                // Files that are not pages (briefing.md, feeds, archive) do not depend on links; the
                // manifest's keys name the option.
                #expect(with == without || path.hasPrefix(".condorpress/"), "\(path)")
                continue
            }
            pages += 1
            let withText = String(decoding: with, as: UTF8.self)
            let withoutText = String(decoding: without, as: UTF8.self)
            let glossaryLinks = { (html: String) in html.components(separatedBy: "glossary/").count }
            links += glossaryLinks(withText) - glossaryLinks(withoutText)
            let seen = Self.visibleText(withText)
            let reference = Self.visibleText(withoutText)
            guard seen != reference else { continue }
            let index = zip(seen, reference).prefix { $0 == $1 }.count
            let shown = String(seen.dropFirst(max(0, index - 30)).prefix(60))
            let expected = String(reference.dropFirst(max(0, index - 30)).prefix(60))
            Issue.record(
                Comment(
                    rawValue: "\(path): the visible text differs at character \(index): with links \"\(shown)\", "
                        + "without \"\(expected)\""))
        }
        #expect(pages > 800)
        // The comparison is not empty: the linked site has thousands of glossary links more.
        #expect(links > 5000)
    }
}
