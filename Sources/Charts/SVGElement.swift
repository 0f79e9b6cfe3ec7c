/// One node of an SVG document: an element or a run of text.
public enum SVGNode: Sendable, Equatable {
    /// A child element.
    case element(SVGElement)
    /// Character data, escaped when rendered.
    case text(String)
}

/// One attribute of an ``SVGElement``.
public struct SVGAttribute: Sendable, Equatable {
    /// The attribute name, such as `stroke-width`.
    public var name: String
    /// The attribute value.
    public var value: SVGAttributeValue
}

/// An SVG (or any XML) element with attributes kept in the order they were given.
///
/// Rendering is deterministic: attributes come out in insertion order, an element without children
/// closes itself (`<line …/>`), an element whose children are all text stays on one line, and any
/// other element puts each child on its own line, indented by two spaces per level.
public struct SVGElement: Sendable, Equatable {
    /// The tag name, such as `path` or `text`.
    public var name: String
    /// The attributes in rendering order; names are unique.
    public private(set) var attributes: [SVGAttribute]
    /// The children in document order.
    public var children: [SVGNode]

    /// Creates an element.
    ///
    /// - Parameters:
    ///   - name: the tag name.
    ///   - attributes: name–value pairs in the order they should be written; a repeated name keeps
    ///     its first position and its last value.
    ///   - children: child nodes.
    public init(
        _ name: String, _ attributes: KeyValuePairs<String, SVGAttributeValue> = [:],
        children: [SVGNode] = []
    ) {
        self.name = name
        self.attributes = []
        self.attributes.reserveCapacity(attributes.count)
        self.children = children
        for (attributeName, value) in attributes { set(attributeName, value) }
    }

    /// Creates an element whose only child is `text`.
    public init(_ name: String, _ attributes: KeyValuePairs<String, SVGAttributeValue> = [:], text: String) {
        self.init(name, attributes, children: [.text(text)])
    }

    /// Sets an attribute, replacing the value in place if the name is already present.
    public mutating func set(_ attributeName: String, _ value: SVGAttributeValue) {
        if let index = attributes.firstIndex(where: { SVGElement.sameName($0.name, attributeName) }) {
            attributes[index].value = value
        } else {
            attributes.append(SVGAttribute(name: attributeName, value: value))
        }
    }

    /// Whether two attribute names are equal; names of different lengths, most pairs, are told
    /// apart without a string comparison.
    @inline(__always)
    private static func sameName(_ first: String, _ second: String) -> Bool {
        first.utf8.count == second.utf8.count && first == second
    }

    /// Returns a copy with one attribute set (see ``set(_:_:)``).
    public func setting(_ attributeName: String, _ value: SVGAttributeValue) -> SVGElement {
        var copy = self
        copy.set(attributeName, value)
        return copy
    }

    /// The value of an attribute, if present.
    public func attribute(_ attributeName: String) -> SVGAttributeValue? {
        attributes.first(where: { $0.name == attributeName })?.value
    }

    /// Appends a child element.
    public mutating func append(_ child: SVGElement) {
        children.append(.element(child))
    }

    /// Appends child elements.
    public mutating func append(contentsOf newChildren: [SVGElement]) {
        children.append(contentsOf: newChildren.map { .element($0) })
    }

    /// The element as XML text, ending without a newline.
    public func render() -> String {
        var output = UTF8Writer(capacity: 1_024)
        render(into: &output, depth: 0)
        return output.string
    }

    /// Appends the element's XML text to `output`, indented for nesting at `depth`.
    ///
    /// Numbers are written straight into the buffer and text is escaped into it, so rendering
    /// makes no intermediate strings.
    func render(into output: inout UTF8Writer, depth: Int) {
        output.appendSpaces(2 * depth)
        output.append(ascii: UInt8(ascii: "<"))
        output.append(name)
        for attribute in attributes {
            output.append(ascii: UInt8(ascii: " "))
            output.append(attribute.name)
            output.append(ascii: UInt8(ascii: "="))
            output.append(ascii: UInt8(ascii: "\""))
            switch attribute.value {
            case .text(let text): output.appendEscaped(text, quotes: true)
            case .number(let number): output.appendCoordinate(number)  // digits, `.` and `-` need no escaping
            }
            output.append(ascii: UInt8(ascii: "\""))
        }
        if children.isEmpty {
            output.append(ascii: UInt8(ascii: "/"))
            output.append(ascii: UInt8(ascii: ">"))
            return
        }
        output.append(ascii: UInt8(ascii: ">"))
        let textOnly = children.allSatisfy { if case .text = $0 { true } else { false } }
        if textOnly {
            for case .text(let text) in children { output.appendEscaped(text, quotes: false) }
        } else {
            for child in children {
                output.append(ascii: UInt8(ascii: "\n"))
                switch child {
                case .element(let element): element.render(into: &output, depth: depth + 1)
                case .text(let text):
                    output.appendSpaces(2 * depth + 2)
                    output.appendEscaped(text, quotes: false)
                }
            }
            output.append(ascii: UInt8(ascii: "\n"))
            output.appendSpaces(2 * depth)
        }
        output.append(ascii: UInt8(ascii: "<"))
        output.append(ascii: UInt8(ascii: "/"))
        output.append(name)
        output.append(ascii: UInt8(ascii: ">"))
    }
}
