import CCmarkGFM
import Foundation

/// A Markdown document parsed by cmark-gfm, owning its syntax tree.
///
/// This type (with its `+Tree` facet) is the only place in CondorPress that touches a cmark-gfm
/// pointer; everything else sees Swift strings and values.
public final class MarkdownDocument {
    let root: OpaquePointer
    private let parser: OpaquePointer
    private let options: MarkdownOptions

    /// Parses `markdown` with the given options.
    /// - Throws: `MarkdownError.unknownExtension` when an extension name is not known to cmark-gfm.
    public convenience init(parsing markdown: String, options: MarkdownOptions = .site) throws {
        try self.init(parsing: Array(markdown.utf8), options: options)
    }

    /// Parses UTF-8 `markdown` with `options`.
    /// - Throws: ``MarkdownError`` when cmark-gfm cannot be set up or an extension is unknown.
    public init(parsing markdown: [UInt8], options: MarkdownOptions = .site) throws {
        _ = Self.registration
        guard let parser = cmark_parser_new(MarkdownDocument.cmarkOptions(options)) else {
            throw MarkdownError.renderFailed
        }
        for name in options.extensions {
            guard let extensionPointer = cmark_find_syntax_extension(name) else {
                cmark_parser_free(parser)
                throw MarkdownError.unknownExtension(name)
            }
            cmark_parser_attach_syntax_extension(parser, extensionPointer)
        }
        var bytes = markdown
        let root = Self.parsing.withLock {
            bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    cmark_parser_feed(parser, pointer, buffer.count)
                }
            }
            return cmark_parser_finish(parser)
        }
        guard let root else {
            cmark_parser_free(parser)
            throw MarkdownError.renderFailed
        }
        self.parser = parser
        self.root = root
        self.options = options
    }

    /// Held while cmark-gfm parses, so one document is parsed at a time.
    ///
    /// cmark-gfm's inline parser reads one process-wide table of special characters, and every
    /// parse adds its extensions' characters (`~`, `:`, `w`, `|`) before its inlines and removes
    /// them after: a parse finishing on one thread made another thread's concurrent parse miss
    /// strikethrough and autolinks (seen as a flaky GFM test while briefings render in parallel).
    /// Rendering the tree to HTML does not read the table and runs unlocked.
    private static let parsing = NSLock()

    /// Registers cmark-gfm's extensions, once per process. `cmark_gfm_core_extensions_ensure_registered`
    /// checks an unguarded flag: two threads parsing their first document at the same moment both
    /// registered the extensions, which renumbered the table node types under the first thread's
    /// nodes and aborted it in the table renderer (`assert(false)`, seen once in the hostile-value
    /// tests). A static's initialiser runs exactly once, whatever the threads.
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Renders the (possibly transformed) tree as an HTML fragment.
    public func html() throws -> String {
        String(decoding: try htmlBytes(), as: UTF8.self)
    }

    /// ``html()`` as UTF-8 bytes, copied out of cmark-gfm's buffer without the UTF-8 check a
    /// `String` makes (cmark-gfm writes valid UTF-8: it replaces invalid input with U+FFFD).
    public func htmlBytes() throws -> [UInt8] {
        guard
            let output = cmark_render_html(
                root, MarkdownDocument.cmarkOptions(options), cmark_parser_get_syntax_extensions(parser))
        else { throw MarkdownError.renderFailed }
        defer { free(output) }
        return output.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            Array(UnsafeBufferPointer(start: start, count: strlen(output)))
        }
    }

    static func cmarkOptions(_ options: MarkdownOptions) -> Int32 {
        var flags = Int32(CMARK_OPT_DEFAULT)
        if options.unsafe { flags |= Int32(CMARK_OPT_UNSAFE) }
        if options.tableStyleAttributes { flags |= Int32(CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES) }
        return flags
    }
}

/// Renders Markdown to an HTML fragment in one call.
public enum MarkdownRenderer {
    /// Parses and renders `markdown` with `options` (the site's safe settings by default).
    public static func html(from markdown: String, options: MarkdownOptions = .site) throws -> String {
        try MarkdownDocument(parsing: markdown, options: options).html()
    }
}
