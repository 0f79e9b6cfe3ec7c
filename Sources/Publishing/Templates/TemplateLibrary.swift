import Foundation
import Mustache

/// The site's Mustache templates, loaded from a folder and rendered by name.
///
/// A template is named by its path below the folder without `.mustache` (`layout`,
/// `briefing.md`, `partials/nav`). Templates that produce Markdown start with the pragma
/// `{{% CONTENT_TYPE: MARKDOWN}}` so their values are escaped for Markdown instead of HTML.
public struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary
    /// The same templates compiled for ``CompiledTemplate``'s renderer, or nil when one of them
    /// uses what it does not render (transforms, dynamic partials): then swift-mustache renders all.
    private let compiled: [String: CompiledTemplate]?
    /// The folder the templates were loaded from, named in errors (nil for built-in texts).
    private let directory: String?
    /// The template names found, sorted.
    public let names: [String]

    /// Loads every `.mustache` file under `directory`.
    /// - Throws: `PublishingError` naming the template file and line of a syntax error, or the folder
    ///   when it cannot be read.
    public init(directory: String) throws {
        Self.register()
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw PublishingError(file: directory, message: "expected the templates folder, found no such folder")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            throw PublishingError(file: directory, message: "cannot read the templates folder")
        }
        var templates: [String: MustacheTemplate] = [:]
        let paths = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".mustache") }.sorted()
        for path in paths {
            let file = root.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: file.path),
                let text = String(data: data, encoding: .utf8)
            else { throw PublishingError(file: file.path, message: "cannot read the template as UTF-8") }
            do {
                templates[String(path.dropLast(".mustache".count))] = try Self.parse(text)
            } catch let error as MustacheTemplate.ParserError {
                throw PublishingError(
                    file: file.path, line: Self.line(of: error, in: text),
                    message: "template syntax error: \(error.error) at column \(error.context.columnNumber)")
            }
        }
        self.names = templates.keys.sorted()
        self.library = MustacheLibrary(templates: templates)
        self.compiled = Self.compile(templates)
        self.directory = directory
    }

    /// Creates a library from template texts keyed by name (for tests and built-in defaults).
    public init(templates: [String: String]) throws {
        Self.register()
        var parsed: [String: MustacheTemplate] = [:]
        for (name, text) in templates {
            do {
                parsed[name] = try Self.parse(text)
            } catch let error as MustacheTemplate.ParserError {
                throw PublishingError(
                    file: name + ".mustache", line: Self.line(of: error, in: text),
                    message: "template syntax error: \(error.error) at column \(error.context.columnNumber)")
            }
        }
        self.names = parsed.keys.sorted()
        self.library = MustacheLibrary(templates: parsed)
        self.compiled = Self.compile(parsed)
        self.directory = nil
    }

    /// Every template compiled, or nil when one does not compile.
    private static func compile(_ templates: [String: MustacheTemplate]) -> [String: CompiledTemplate]? {
        var compiled: [String: CompiledTemplate] = [:]
        for (name, template) in templates {
            guard let program = CompiledTemplate(template) else { return nil }
            compiled[name] = program
        }
        return compiled
    }

    /// Whether every template compiled, so ``render(_:_:)`` does not use swift-mustache's renderer.
    var isCompiled: Bool { compiled != nil }

    /// The line that selects ``HTMLContentType``, put before every template that selects no
    /// content type itself.
    ///
    /// swift-mustache renders every template, partial and parent in its own HTML type (it resets
    /// the type for each partial), which escapes slowly; this line changes nothing but the speed.
    private static let htmlPragma = "{{% CONTENT_TYPE: HTML}}\n"

    /// Parses a template's text, with ``htmlPragma`` before it unless it starts with a pragma.
    private static func parse(_ text: String) throws -> MustacheTemplate {
        try MustacheTemplate(string: selectsContentType(text) ? text : htmlPragma + text)
    }

    /// Whether `text` starts by selecting its content type.
    private static func selectsContentType(_ text: String) -> Bool {
        text.hasPrefix("{{%")
    }

    /// The line of `text` that `error` names (the parsed text may start with ``htmlPragma``).
    private static func line(of error: MustacheTemplate.ParserError, in text: String) -> Int {
        selectsContentType(text) ? error.context.lineNumber : max(1, error.context.lineNumber - 1)
    }

    /// Registers the content types templates select: ``MarkdownContentType`` and ``HTMLContentType``.
    private static func register() {
        _ = MarkdownContentType.registration
        _ = HTMLContentType.registration
    }

    /// Renders `context` with the template called `name`.
    /// - Throws: `PublishingError` naming the templates folder when there is no such template.
    public func render(_ name: String, _ context: Any) throws -> String {
        String(decoding: try renderBytes(name, context), as: UTF8.self)
    }

    /// Renders `context` with the template called `name`, as the UTF-8 bytes of ``render(_:_:)``
    /// (a page written to a file need not be checked again as a string).
    /// - Throws: `PublishingError` naming the templates folder when there is no such template.
    public func renderBytes(_ name: String, _ context: Any) throws -> [UInt8] {
        if let compiled {
            do {
                if let bytes = try CompiledTemplate.render(name, in: compiled, object: context) { return bytes }
                throw missing(name)
            } catch is CompiledTemplate.UnsupportedValue {
                // A lambda or a template among the values: swift-mustache renders it below.
            }
        }
        return Array(try renderWithSwiftMustache(name, context).utf8)
    }

    /// Renders `context` with swift-mustache's own renderer (the reference the compiled one matches).
    func renderWithSwiftMustache(_ name: String, _ context: Any) throws -> String {
        guard let output = library.render(context, withTemplate: name) else { throw missing(name) }
        return output
    }

    /// The error for a template name the library does not have.
    private func missing(_ name: String) -> PublishingError {
        guard let directory else {
            return PublishingError(
                file: name + ".mustache", message: "no template named \"\(name)\" in the templates folder")
        }
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        return PublishingError(
            file: folder + name + ".mustache",
            message: "no template named \"\(name)\" in the templates folder \(directory)")
    }
}
