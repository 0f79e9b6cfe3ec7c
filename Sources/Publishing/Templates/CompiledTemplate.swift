import Mustache

/// A template parsed by swift-mustache, held as a tree this module renders straight into bytes.
///
/// swift-mustache stays the parser (its whitespace, standalone-tag and inheritance rules) and the
/// reference renderer; its renderer builds a `String` per tag, splits every name at each lookup
/// and copies its context stack for each section, which made it the largest cost of a site build.
/// The tree is read from the parsed template's tokens by reflection: when a token is not one this
/// renderer knows (a transform such as `{{uppercased(name)}}`, a dynamic partial, or a token
/// layout a newer swift-mustache may bring), ``init(_:)`` returns nil and the library keeps
/// rendering with swift-mustache. `CompiledTemplateTests` renders every shipped template and
/// generated ones both ways and requires the same bytes.
struct CompiledTemplate: Sendable {
    /// The template's nodes, in order.
    let nodes: [Node]

    /// One part of a template.
    indirect enum Node: Sendable {
        /// Literal text.
        case text([UInt8])
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not escaped).
        case variable(Name, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(Name, CompiledTemplate, inverted: Bool)
        /// `{{$name}}…{{/name}}` in a parent template: the child's override, else the default.
        case block(String, default: CompiledTemplate, indentation: String?)
        /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it overrides.
        case partial(String, indentation: String?, overrides: [String: CompiledTemplate]?)
        /// `{{% CONTENT_TYPE: …}}`: how the following values are escaped.
        case contentType(TemplateEscaping)
    }

    /// A tag's name, split once at compile time.
    struct Name: Sendable {
        /// The dot-separated parts (`site.title` → `["site", "title"]`); empty for `.`.
        let parts: [String]
        /// Whether the lookup starts at the innermost object only (`.` and names starting with `.`)
        /// instead of climbing the context stack.
        let innermostOnly: Bool

        /// Splits `text` as swift-mustache does.
        init(_ text: String) {
            if text == "." {
                parts = []
                innermostOnly = true
            } else {
                parts = text.split(separator: ".").map(String.init)
                innermostOnly = text.first == "."
            }
        }
    }

    /// Reads the tree from `template`'s tokens, or returns nil when a token is not one this
    /// renderer knows.
    init?(_ template: MustacheTemplate) {
        guard let tokens = Mirror(reflecting: template).descendant("tokens") as? [Any] else { return nil }
        var nodes: [Node] = []
        nodes.reserveCapacity(tokens.count)
        for token in tokens {
            guard let node = Self.node(token) else { return nil }
            nodes.append(node)
        }
        self.nodes = nodes
    }

    /// The node for one swift-mustache token, or nil when it is not one this renderer knows.
    private static func node(_ token: Any) -> Node? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let kind = payload.label else {
            return nil
        }
        let fields = Mirror(reflecting: payload.value).children.map { $0.value }
        switch kind {
        case "text":
            guard let text = payload.value as? String else { return nil }
            return .text(Array(text.utf8))
        case "variable", "unescapedVariable":
            guard let name = plainName(fields) else { return nil }
            return .variable(Name(name), escaped: kind == "variable")
        case "section", "invertedSection":
            guard let name = plainName(fields), fields.count == 3,
                let inner = fields[2] as? MustacheTemplate, let body = CompiledTemplate(inner)
            else { return nil }
            return .section(Name(name), body, inverted: kind == "invertedSection")
        case "blockExpansion":
            guard fields.count == 3, let name = fields[0] as? String, let inner = fields[1] as? MustacheTemplate,
                let body = CompiledTemplate(inner), let indentation = fields[2] as? String?
            else { return nil }
            return .block(name, default: body, indentation: indentation)
        case "partial":
            guard fields.count == 3, let name = fields[0] as? String, let indentation = fields[1] as? String?,
                let inherits = fields[2] as? [String: MustacheTemplate]?
            else { return nil }
            guard let inherits else { return .partial(name, indentation: indentation, overrides: nil) }
            var overrides: [String: CompiledTemplate] = [:]
            for (block, inner) in inherits {
                guard let body = CompiledTemplate(inner) else { return nil }
                overrides[block] = body
            }
            return .partial(name, indentation: indentation, overrides: overrides)
        case "contentType":
            return .contentType(TemplateEscaping(payload.value))
        default:
            // Dynamic partials, and anything a later swift-mustache adds.
            return nil
        }
    }

    /// The name of a variable or section token whose fields are `(name, transforms, …)`, or nil
    /// when it applies transforms.
    private static func plainName(_ fields: [Any]) -> String? {
        guard fields.count >= 2, let name = fields[0] as? String, let transforms = fields[1] as? [String],
            transforms.isEmpty
        else { return nil }
        return name
    }
}

/// How a template escapes the values it prints: the content type it selected.
enum TemplateEscaping: Sendable {
    /// HTML: `<`, `>`, `&`, `"` and `'` become entities (``HTMLContentType``, and swift-mustache's
    /// own default, which escapes the same characters).
    case html
    /// Markdown (``MarkdownContentType``).
    case markdown
    /// Any other registered content type, asked to escape each value.
    case other(any MustacheContentType)

    /// The escaping of `contentType`, a value of the pragma token.
    init(_ contentType: Any) {
        switch contentType {
        case is HTMLContentType: self = .html
        case is MarkdownContentType: self = .markdown
        case let type as any MustacheContentType:
            // swift-mustache's internal HTML type escapes exactly as ``HTMLContentType`` does.
            self = String(describing: Swift.type(of: type)) == "HTMLContentType" ? .html : .other(type)
        default: self = .html
        }
    }
}
