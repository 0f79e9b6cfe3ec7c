import CCmarkGFM
import Foundation

/// A text run of the syntax tree that may receive links: its literal and where it stands.
public struct MarkdownTextRun: Sendable, Equatable {
    /// The run's text.
    public var text: String
    /// The 1-based source line the run starts on (from its block, counting line breaks before it).
    public var line: Int
}

/// A piece of a text run after rewriting: plain text or a link around text.
public enum MarkdownInline: Sendable, Equatable {
    /// Literal text.
    case text(String)
    /// A link to `url` with a `title`, showing `text`.
    case link(text: String, url: String, title: String)
}

extension MarkdownDocument {
    /// Rewrites the text runs that sit in running prose: never inside code, links, images,
    /// headings, table header rows or raw HTML. Adjacent text nodes are merged first, so a run is a maximal stretch
    /// of literal text.
    /// - Parameters:
    ///   - mayRewrite: whether a run, given as its UTF-8 bytes (valid only during the call), may
    ///     need rewriting; a run it refuses is left as it is without being copied into a `String`.
    ///   - rewrite: returns the pieces that replace a run, or nil to leave it as it is. Runs are
    ///     visited in document order.
    public func rewriteProseText(
        where mayRewrite: (UnsafeBufferPointer<UInt8>) -> Bool = { _ in true },
        _ rewrite: (MarkdownTextRun) throws -> [MarkdownInline]?
    ) rethrows {
        cmark_consolidate_text_nodes(root)
        for (node, line) in proseTextNodes() {
            let literal = cmark_node_get_literal(node)
            let bytes = UnsafeBufferPointer(
                start: literal.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) },
                count: literal.map { strlen($0) } ?? 0)
            guard mayRewrite(bytes),
                let pieces = try rewrite(MarkdownTextRun(text: String(decoding: bytes, as: UTF8.self), line: line))
            else { continue }
            replace(node, with: pieces)
        }
    }

    /// Replaces every raw HTML block that is exactly a marker comment `<!-- PREFIX name -->` with the
    /// trusted HTML `replacements[name]` (a custom block, rendered as is even in safe mode), or
    /// removes it when there is no replacement. Other raw HTML is left to the safe renderer.
    public func replaceMarkerComments(prefix: String, with replacements: [String: [UInt8]]) {
        var markers: [(OpaquePointer, String)] = []
        guard let iterator = cmark_iter_new(root) else { return }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
            else { continue }
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let trimmed = literal.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.hasPrefix("<!-- " + prefix), trimmed.hasSuffix("-->") else { continue }
            let name = trimmed.dropFirst(5 + prefix.count).dropLast(3).trimmingCharacters(in: .whitespaces)
            markers.append((node, name))
        }
        cmark_iter_free(iterator)
        for (node, name) in markers {
            if let html = replacements[name], let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) {
                // cmark-gfm copies the NUL-terminated text.
                _ = (html + [0]).withUnsafeBufferPointer { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { cmark_node_set_on_enter(block, $0.baseAddress) }
                }
                cmark_node_insert_before(node, block)
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// How an inline raw HTML tag changes the nesting: +1 for an opening tag, −1 for a closing
    /// one, 0 for comments, declarations and self-closing tags.
    static func depthChange(ofInlineTag tag: String) -> Int {
        if tag.hasPrefix("</") { return -1 }
        if tag.hasPrefix("<!") || tag.hasPrefix("<?") || tag.hasSuffix("/>") { return 0 }
        let voidElements: Set<String> = ["br", "img", "hr", "input", "wbr", "meta", "link", "source", "area", "col"]
        let name = tag.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
        return voidElements.contains(name) ? 0 : 1
    }

    /// Text nodes outside links, images, headings, table header rows and inline raw HTML elements, in
    /// document order, with their source lines.
    private func proseTextNodes() -> [(OpaquePointer, Int)] {
        var result: [(OpaquePointer, Int)] = []
        result.reserveCapacity(64)
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }
        var blockLine = 1
        var breaksInBlock = 0
        var excludedDepth = 0
        var rawHTMLDepth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            // A table's header row is excluded too: its cells name columns, not prose.
            let excluded =
                type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE || type == CMARK_NODE_HEADING
                || cmark_gfm_extensions_get_table_row_is_header(node) != 0
            if event == CMARK_EVENT_ENTER {
                if (type.rawValue & UInt32(CMARK_NODE_TYPE_MASK)) == UInt32(CMARK_NODE_TYPE_BLOCK) {
                    let start = Int(cmark_node_get_start_line(node))
                    if start > 0 { blockLine = start }
                    breaksInBlock = 0
                    rawHTMLDepth = 0
                }
                if type == CMARK_NODE_HTML_INLINE {
                    let tag = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    rawHTMLDepth = max(0, rawHTMLDepth + MarkdownDocument.depthChange(ofInlineTag: tag))
                }
                if excluded { excludedDepth += 1 }
                if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { breaksInBlock += 1 }
                if type == CMARK_NODE_TEXT && excludedDepth == 0 && rawHTMLDepth == 0 {
                    result.append((node, blockLine + breaksInBlock))
                }
            } else if event == CMARK_EVENT_EXIT, excluded {
                excludedDepth -= 1
            }
        }
        return result
    }

    /// Puts `pieces` in place of the text node `node`. A run that ends in text keeps its node for
    /// that text (one node fewer to make and free).
    private func replace(_ node: OpaquePointer, with pieces: [MarkdownInline]) {
        var pieces = pieces[...]
        var keptText: String?
        if case .text(let text) = pieces.last, !text.isEmpty {
            keptText = text
            pieces = pieces.dropLast()
        }
        for piece in pieces {
            switch piece {
            case .text(let text):
                guard !text.isEmpty, let textNode = cmark_node_new(CMARK_NODE_TEXT) else { continue }
                cmark_node_set_literal(textNode, text)
                cmark_node_insert_before(node, textNode)
            case .link(let text, let url, let title):
                guard let link = cmark_node_new(CMARK_NODE_LINK), let label = cmark_node_new(CMARK_NODE_TEXT)
                else { continue }
                cmark_node_set_url(link, url)
                cmark_node_set_title(link, title)
                cmark_node_set_literal(label, text)
                cmark_node_append_child(link, label)
                cmark_node_insert_before(node, link)
            }
        }
        if let keptText {
            cmark_node_set_literal(node, keptText)
        } else {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }
}
