import Mustache

extension CompiledTemplate {
    /// What a render carries down the template tree; mirrors swift-mustache's `MustacheContext`.
    struct RenderState {
        /// The prefix of every line a partial or block prints, or nil.
        var indentation: String?
        /// The blocks overridden by the templates that inherit, outermost first.
        var overrides: [String: CompiledTemplate]?
        /// How values are escaped.
        var escaping: TemplateEscaping
    }

    /// The reason a render stops and the library renders with swift-mustache instead: a value
    /// this renderer does not print as swift-mustache would (a lambda or a template).
    struct UnsupportedValue: Error {}

    /// Renders the template called `name` in `library` with `object`, as swift-mustache's
    /// `MustacheLibrary.render(_:withTemplate:)` does.
    /// - Throws: ``UnsupportedValue`` when a value is a lambda or a template.
    static func render(
        _ name: String, in library: [String: CompiledTemplate], object: Any
    ) throws -> [UInt8]? {
        guard let template = library[name] else { return nil }
        let top: TemplateValue = if let node = object as? any TemplateNode { .node(node) } else { .other(object) }
        var renderer = Renderer(library: library, stack: [top])
        try renderer.render(template, state: RenderState(indentation: nil, overrides: nil, escaping: .html))
        return renderer.output
    }
}

/// One render: the output bytes and the context stack, both mutated in place.
private struct Renderer {
    let library: [String: CompiledTemplate]
    var stack: [TemplateValue]
    var output: [UInt8] = []

    init(library: [String: CompiledTemplate], stack: [TemplateValue]) {
        self.library = library
        self.stack = stack
        output.reserveCapacity(16_384)
    }

    /// Renders `template`'s nodes; with an indentation, every node's output that starts a line
    /// gets it first (swift-mustache's rule, which looks at this template's output only).
    mutating func render(_ template: CompiledTemplate, state: CompiledTemplate.RenderState) throws {
        var state = state
        let start = output.count
        guard let indentation = state.indentation, !indentation.isEmpty else {
            for node in template.nodes { try render(node, state: &state) }
            return
        }
        for node in template.nodes {
            let before = output.count
            // swift-mustache compares the last character: a line ended by CR LF does not count.
            let startsLine =
                before > start && output[before - 1] == UInt8(ascii: "\n")
                && !(before - 1 > start && output[before - 2] == UInt8(ascii: "\r"))
            try render(node, state: &state)
            if startsLine, output.count > before {
                output.insert(contentsOf: indentation.utf8, at: before)
            }
        }
    }

    /// Renders one node.
    private mutating func render(_ node: CompiledTemplate.Node, state: inout CompiledTemplate.RenderState) throws {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            guard let value = try lookUp(name) else { return }
            try print(value, escaping: escaped ? state.escaping : nil)
        case .section(let name, let body, let inverted):
            let value = try lookUp(name)
            if inverted {
                try renderInverted(value, body: body, state: state)
            } else {
                try renderSection(value, body: body, state: state)
            }
        case .block(let name, let fallback, let indentation):
            var inner = state
            if let indentation { inner.indentation = (state.indentation ?? "") + indentation }
            try render(state.overrides?[name] ?? fallback, state: inner)
        case .partial(let name, let indentation, let overrides):
            guard let partial = library[name] else { return }
            var inner = state
            if let indentation { inner.indentation = (state.indentation ?? "") + indentation }
            if let overrides {
                // The outer template's overrides win, as in swift-mustache.
                inner.overrides = state.overrides?.merging(overrides) { outer, _ in outer } ?? overrides
            }
            inner.escaping = .html
            try render(partial, state: inner)
        case .contentType(let escaping):
            state.escaping = escaping
        }
    }

    /// Prints a variable's value, escaped when `escaping` is given.
    private mutating func print(_ value: TemplateValue, escaping: TemplateEscaping?) throws {
        switch value {
        case .text(let text): append(text, escaping: escaping)
        case .utf8(let bytes) where escaping == nil: output.append(contentsOf: bytes)
        default: try print(value.mustacheValue, escaping: escaping)
        }
    }

    /// Prints any value as swift-mustache prints it, escaped when `escaping` is given.
    private mutating func print(_ value: Any, escaping: TemplateEscaping?) throws {
        let text: String
        if let plain = value as? TemplateText {
            text = plain.renderText
        } else if value is MustacheLambda || value is MustacheTemplate {
            throw CompiledTemplate.UnsupportedValue()
        } else if let renderable = value as? any MustacheCustomRenderable {
            text = renderable.renderText
        } else if let string = value as? String {
            text = string
        } else if let optional = value as? any OptionalValue {
            text = String(describing: optional.wrappedValue ?? value)
        } else {
            text = String(describing: value)
        }
        append(text, escaping: escaping)
    }

    /// Appends `text`, escaped when `escaping` is given.
    private mutating func append(_ text: String, escaping: TemplateEscaping?) {
        switch escaping {
        case nil: output.append(contentsOf: text.utf8)
        case .html: HTMLContentType.appendEscaped(text, to: &output)
        case .markdown: MarkdownEscaping.appendEscaped(text, to: &output)
        case .other(let type): output.append(contentsOf: type.escapeText(text).utf8)
        }
    }

    /// Renders `body` with `value` pushed on the stack.
    private mutating func render(_ body: CompiledTemplate, with value: TemplateValue, state: CompiledTemplate.RenderState) throws {
        stack.append(value)
        defer { stack.removeLast() }
        try render(body, state: state)
    }

    /// Renders a section: once per element of a list, once when true, once with the value pushed.
    private mutating func renderSection(
        _ value: TemplateValue?, body: CompiledTemplate, state: CompiledTemplate.RenderState
    ) throws {
        guard let value else { return }
        switch value {
        case .text, .utf8, .node: try render(body, with: value, state: state)
        case .flag(let flag): if flag { try render(body, state: state) }
        case .list(let nodes): for node in nodes { try render(body, with: .node(node), state: state) }
        case .other(let value): try renderSection(value, body: body, state: state)
        }
    }

    /// Renders a section of any value as swift-mustache does.
    private mutating func renderSection(_ value: Any, body: CompiledTemplate, state: CompiledTemplate.RenderState) throws {
        if value is MustacheLambda { throw CompiledTemplate.UnsupportedValue() }
        if let list = value as? any MustacheSequence {
            for element in elements(of: list) { try render(body, with: .other(element), state: state) }
        } else if let flag = value as? Bool {
            if flag { try render(body, state: state) }
        } else if let renderable = value as? any MustacheCustomRenderable, !(value is TemplateText), renderable.isNull {
            return
        } else {
            try render(body, with: .other(value), state: state)
        }
    }

    /// Renders an inverted section: when the value is missing, false, null or an empty list.
    private mutating func renderInverted(
        _ value: TemplateValue?, body: CompiledTemplate, state: CompiledTemplate.RenderState
    ) throws {
        switch value {
        case nil: try render(body, state: state)
        case .text, .utf8, .node: return
        case .flag(let flag): if !flag { try render(body, state: state) }
        case .list(let nodes): if nodes.isEmpty { try render(body, with: .list(nodes), state: state) }
        case .other(let value):
            if let list = value as? any MustacheSequence {
                guard elements(of: list).isEmpty else { return }
                try render(body, with: .other(value), state: state)
            } else if let flag = value as? Bool {
                if !flag { try render(body, state: state) }
            } else if let renderable = value as? any MustacheCustomRenderable, !(value is TemplateText), renderable.isNull {
                try render(body, state: state)
            }
        }
    }

    /// The elements of a list value.
    private func elements(of list: any MustacheSequence) -> [Any] {
        func collect<S: Sequence>(_ sequence: S) -> [Any] { sequence.map { $0 as Any } }
        return collect(list)
    }

    /// The value a name denotes: the first object on the stack (innermost first) that has the
    /// name's first part, then the rest of the parts inside it.
    /// - Throws: ``CompiledTemplate/UnsupportedValue`` when the path passes through a lambda.
    private func lookUp(_ name: CompiledTemplate.Name) throws -> TemplateValue? {
        var found: TemplateValue?
        guard let first = name.parts.first else { return stack.last.flatMap(Self.represented) }
        if name.innermostOnly {
            found = Self.child(named: first, of: stack[stack.count - 1])
        } else {
            for object in stack.reversed() {
                if let child = Self.child(named: first, of: object) {
                    found = child
                    break
                }
            }
        }
        guard var value = found else { return nil }
        for part in name.parts.dropFirst() {
            if case .other(let object) = value, object is MustacheLambda { throw CompiledTemplate.UnsupportedValue() }
            guard let child = Self.child(named: part, of: value) else { return nil }
            value = child
        }
        return Self.represented(value)
    }

    /// `value`, or what it stands for when it is a `MustacheCustomRepresentation` (typed values never are).
    private static func represented(_ value: TemplateValue) -> TemplateValue? {
        guard case .other(let object) = value else { return value }
        if let custom = object as? any MustacheCustomRepresentation { return custom.representation.map { .other($0) } }
        return value
    }

    /// `object`'s child called `name`: a typed node answers by itself; a text, flag or list has
    /// no names (as swift-mustache finds none in a `TemplateText`, `Bool` or array); any other
    /// value is read as swift-mustache reads it.
    private static func child(named name: String, of object: TemplateValue) -> TemplateValue? {
        switch object {
        case .node(let node): node.value(named: name)
        case .text, .utf8, .flag, .list: nil
        case .other(let object): child(named: name, of: object).map { .other($0) }
        }
    }

    /// `object`'s child called `name`, as swift-mustache finds it.
    private static func child(named name: String, of object: Any) -> Any? {
        var object = object
        if let custom = object as? any MustacheCustomRepresentation {
            guard let representation = custom.representation else { return nil }
            object = representation
        }
        if let parent = object as? any MustacheParent { return parent.child(named: name) }
        guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
        if let optional = match.value as? any OptionalValue { return optional.wrappedValue }
        return match.value
    }
}

/// An optional seen through `Any`, so its wrapped value can be read.
private protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? { self.map { $0 as Any } }
}
