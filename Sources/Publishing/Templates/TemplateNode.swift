import Mustache

/// A typed template context: a page model that answers the template's names with
/// ``TemplateValue``s, which ``CompiledTemplate``'s renderer reads without a dynamic cast.
///
/// swift-mustache sees the same names through ``MustacheParent/child(named:)``, derived from
/// ``value(named:)``, so both renderers print the same page. A node must not also conform to
/// `MustacheCustomRepresentation`, `MustacheCustomRenderable` or `MustacheSequence`: the compiled
/// renderer treats it as a plain object, as swift-mustache treats a plain `MustacheParent`.
protocol TemplateNode: MustacheParent {
    /// The value the template's name `key` denotes, or nil when there is none.
    func value(named key: String) -> TemplateValue?
}

extension TemplateNode {
    /// The value of `key` as swift-mustache reads it.
    func child(named key: String) -> Any? { value(named: key)?.mustacheValue }
}

/// A value of a typed template context.
enum TemplateValue {
    /// A string, rendered and sectioned as a ``TemplateText``.
    case text(String)
    /// A string held as its UTF-8 bytes (a page's HTML body), read exactly as ``text(_:)``.
    case utf8([UInt8])
    /// A flag: a section shows when it is true, an inverted section when it is false.
    case flag(Bool)
    /// A nested object.
    case node(any TemplateNode)
    /// A list of objects: a section repeats once per element.
    case list([any TemplateNode])
    /// Any other value, read as swift-mustache reads it.
    case other(Any)

    /// A list of typed nodes.
    static func list<Node: TemplateNode>(_ nodes: [Node]) -> TemplateValue {
        .list(nodes.map { $0 as any TemplateNode })
    }

    /// The value as swift-mustache sees it.
    var mustacheValue: Any {
        switch self {
        case .text(let text): TemplateText(text)
        case .utf8(let bytes): TemplateText(String(decoding: bytes, as: UTF8.self))
        case .flag(let flag): flag
        case .node(let node): node
        case .list(let nodes): nodes
        case .other(let value): value
        }
    }
}
