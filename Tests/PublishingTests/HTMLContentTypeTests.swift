import Foundation
import Mustache
import Testing

@testable import Publishing

@Suite("HTML escaping of template values")
struct HTMLContentTypeTests {
    @Test("the five HTML characters are escaped, everything else is kept byte for byte")
    func escapes() {
        let type = HTMLContentType()
        #expect(type.escapeText("a<b>&\"'é—x") == "a&lt;b&gt;&amp;&quot;&#39;é—x")
        #expect(type.escapeText("plain 1,234.50 USD") == "plain 1,234.50 USD")
        #expect(type.escapeText("") == "")
        #expect(type.escapeText("<<") == "&lt;&lt;")
    }

    /// Templates as a site writes them: a layout, a page inheriting it, a partial, sections.
    static let templates = [
        "layout": "<title>{{page.title}}</title>\n<main>\n{{$body}}{{/body}}\n</main>\n{{>footer}}\n",
        "footer": "<p>{{site}}</p>\n",
        "page": "{{<layout}}\n{{$body}}\n{{#rows}}<li>{{name}} {{{raw}}}</li>\n{{/rows}}\n{{/body}}\n{{/layout}}\n",
    ]

    @Test("templates render exactly as swift-mustache renders them with its own HTML type")
    func sameAsLibrary() throws {
        let ours = try TemplateLibrary(templates: Self.templates)
        var parsed: [String: MustacheTemplate] = [:]
        for (name, text) in Self.templates { parsed[name] = try MustacheTemplate(string: text) }
        let theirs = MustacheLibrary(templates: parsed)
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab <>&\"'é—\n{}")
        func text() -> String {
            String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        for _ in 0..<200 {
            let context: [String: Any] = [
                "page": ["title": text()], "site": text(),
                "rows": (0..<3).map { _ in ["name": text(), "raw": text()] },
            ]
            let expected = theirs.render(context, withTemplate: "page")
            #expect(try ours.render("page", context) == expected)
        }
    }

    @Test("a syntax error names the line of the template as written")
    func errorLine() throws {
        let text = "line one\n{{#section}}\nno close\n"
        var expected = 0
        do { _ = try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError {
            expected = error.context.lineNumber
        }
        #expect(expected > 0)
        #expect(throws: PublishingError.self) { try TemplateLibrary(templates: ["broken": text]) }
        do {
            _ = try TemplateLibrary(templates: ["broken": text])
        } catch let error as PublishingError {
            #expect(error.line == expected)
        }
    }
}
