import Foundation
import MarketData
import Mustache
import TestSupport
import Testing

@testable import Publishing

/// The compiled renderer against swift-mustache's own, on the shipped templates and on generated
/// templates and contexts: the bytes must be the same.
@Suite("Compiled templates render as swift-mustache does")
struct CompiledTemplateTests {
    @Test("every shipped template compiles, so no page is rendered by swift-mustache's slower renderer")
    func shippedTemplatesCompile() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Templates").standardized.path
        let library = try TemplateLibrary(directory: folder)
        #expect(library.isCompiled)
        #expect(library.names.contains("briefing.md"))
    }

    @Test("a template with a transform is left to swift-mustache and still renders")
    func transformsFallBack() throws {
        let library = try TemplateLibrary(templates: ["page": "{{uppercased(name)}} {{#items}}{{.}}{{/items}}"])
        #expect(!library.isCompiled)
        #expect(try library.render("page", ["name": "ab<", "items": [1, 2]] as [String: Any]) == "AB&lt; 12")
    }

    @Test("a lambda among the values hands the render to swift-mustache")
    func lambdaFallsBack() throws {
        let library = try TemplateLibrary(templates: ["page": "<{{#wrap}}x{{/wrap}}>{{name}}"])
        #expect(library.isCompiled)
        let context: [String: Any] = ["wrap": MustacheLambda { (text: String) in "[\(text)]" }, "name": "n"]
        #expect(try library.render("page", context) == (try library.renderWithSwiftMustache("page", context)))
        #expect(try library.render("page", context) == "<[x]>n")
    }

    @Test("a missing template is an error naming it, as before")
    func missingTemplate() throws {
        let library = try TemplateLibrary(templates: ["page": "x"])
        #expect(throws: PublishingError.self) { try library.render("nope", [String: Any]()) }
    }

    @Test("generated templates and contexts, as dictionaries and as typed nodes, render to the same bytes both ways (400 cases)")
    func generated() throws {
        var failures: [String] = []
        var compiledCases = 0
        for index in 0..<400 {
            var random = SplitMix64(seed: 0xC0DE_0000 &+ UInt64(index))
            var generator = TemplateGenerator(random: random)
            let templates = [
                "page": generator.template(depth: 0),
                "part": generator.template(depth: 3),
                "parent": generator.parentTemplate(),
            ]
            random = generator.random
            var contexts = ContextGenerator(random: random)
            let context = contexts.object(depth: 0)
            let library: TemplateLibrary
            do { library = try TemplateLibrary(templates: templates) } catch { continue }
            guard library.isCompiled else {
                failures.append("case \(index): did not compile: \(templates)")
                continue
            }
            compiledCases += 1
            let ours = try library.render("page", context)
            let theirs = try library.renderWithSwiftMustache("page", context)
            if ours != theirs {
                failures.append("case \(index):\n\(templates)\nours:   \(ours.debugDescription)\ntheirs: \(theirs.debugDescription)")
            }
            // The same context as typed nodes, which the compiled renderer reads without casts.
            let typed = GeneratedNode(context)
            let oursTyped = try library.render("page", typed)
            let theirsTyped = try library.renderWithSwiftMustache("page", typed)
            if oursTyped != theirsTyped {
                failures.append(
                    "typed case \(index):\n\(templates)\nours:   \(oursTyped.debugDescription)\ntheirs: \(theirsTyped.debugDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3).joined(separator: "\n\n"))")
        #expect(compiledCases >= 300)
    }
}

/// Random Mustache templates over a small vocabulary of names, with the constructs sites use.
private struct TemplateGenerator {
    var random: SplitMix64
    let names = ["a", "b", "list", "flag", "obj", "obj.a", "obj.list", ".", ".a", "missing", "none", "text", "empty"]
    let texts = ["x", " ", "\n", "  ", "<&>\"'", "| a |", "\r\n", "*b*", "é—", "\t", "# h\n", "1. "]

    mutating func pick<T>(_ items: [T]) -> T { items[random.below(items.count)] }

    /// A template: a line-oriented mix of text, tags and sections.
    mutating func template(depth: Int) -> String {
        var out = ""
        if depth == 0, random.below(4) == 0 { out += pick(["{{% CONTENT_TYPE: MARKDOWN}}\n", "{{% CONTENT_TYPE: TEXT}}\n"]) }
        for _ in 0..<random.integer(in: 1...6) { out += piece(depth: depth) }
        return out
    }

    /// One piece of a template.
    mutating func piece(depth: Int) -> String {
        let indent = pick(["", "", "  ", "\t"])
        switch random.below(depth >= 3 ? 5 : 9) {
        case 0, 1: return pick(texts)
        case 2: return "{{\(pick(names))}}"
        case 3: return pick(["{{{\(pick(names))}}}", "{{&\(pick(names))}}"])
        case 4: return indent + "{{! a comment }}" + pick(["", "\n"])
        case 5, 6:
            let name = pick(["list", "flag", "obj", "missing", "none", "text", "empty", "obj.list", "a"])
            let open = pick(["#", "#", "^"])
            let newline = random.below(2) == 0
            let body = template(depth: depth + 1)
            return newline
                ? "\(indent){{\(open)\(name)}}\n\(body)\(indent){{/\(name)}}\n"
                : "{{\(open)\(name)}}\(body){{/\(name)}}"
        case 7: return indent + "{{>part}}" + pick(["", "\n"])
        default:
            return random.below(2) == 0
                ? "{{<parent}}{{$blk}}\(template(depth: 3)){{/blk}}{{/parent}}"
                : "\(indent){{<parent}}\n\(indent){{$blk}}\n\(template(depth: 3))\(indent){{/blk}}\n\(indent){{/parent}}\n"
        }
    }

    /// A parent template with a block, a partial-free body so it cannot recurse.
    mutating func parentTemplate() -> String {
        let before = pick(texts) + "{{\(pick(names))}}"
        let indent = pick(["", "  "])
        return random.below(2) == 0
            ? "\(before){{$blk}}default {{a}}{{/blk}}\(pick(texts))"
            : "\(before)\n\(indent){{$blk}}\n\(indent)default\n\(indent){{/blk}}\nend {{b}}\n"
    }
}

/// Random contexts: dictionaries, lists, flags, strings, numbers, template text, nil and NSNull.
private struct ContextGenerator {
    var random: SplitMix64
    let words = ["", "w", "<b>", "a & b", "2,5 %", "it's", "*x*", "1. y", "# z", "line\nbreak"]

    mutating func pick<T>(_ items: [T]) -> T { items[random.below(items.count)] }

    mutating func object(depth: Int) -> [String: Any] {
        var object: [String: Any] = [:]
        for name in ["a", "b", "text", "flag", "obj", "list", "none", "empty"] where random.below(5) != 0 {
            switch name {
            case "flag": object[name] = random.below(2) == 0
            case "obj": object[name] = depth < 2 ? self.object(depth: depth + 1) : value()
            case "list":
                object[name] = depth < 2 ? (0..<random.below(3)).map { _ in self.object(depth: depth + 1) } as [Any] : []
            case "none": object[name] = Optional<String>.none as Any
            case "empty": object[name] = pick([[] as [Any], "", NSNull(), TemplateText("")] as [Any])
            default: object[name] = value()
            }
        }
        return object
    }

    mutating func value() -> Any {
        switch random.below(6) {
        case 0: return pick(words)
        case 1: return TemplateText(pick(words))
        case 2: return random.integer(in: -5...1200)
        case 3: return Double(random.integer(in: -500...500)) / 8
        case 4: return Optional(pick(words)) as Any
        default: return random.below(2) == 0
        }
    }
}

/// A generated dictionary context seen as a typed node: strings and template text as texts,
/// flags, nested dictionaries as nodes, lists of dictionaries as lists, anything else as is.
private struct GeneratedNode: TemplateNode {
    let values: [String: Any]

    init(_ values: [String: Any]) { self.values = values }

    func value(named key: String) -> TemplateValue? {
        guard let value = values[key] else { return nil }
        switch value {
        case let text as String: return .text(text)
        case let text as TemplateText: return .text(text.renderText)
        case let flag as Bool: return .flag(flag)
        case let object as [String: Any]: return .node(GeneratedNode(object))
        case let list as [Any] where list.allSatisfy({ $0 is [String: Any] }):
            return .list(list.map { GeneratedNode($0 as! [String: Any]) })
        default: return .other(value)
        }
    }
}
