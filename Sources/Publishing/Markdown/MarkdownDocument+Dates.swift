import CCmarkGFM

extension MarkdownDocument {
    /// Keeps every ISO date (`2018-12-31`) in a heading on one line.
    ///
    /// A browser may break a line after a hyphen, so a long heading on a narrow phone could end in
    /// `2018-` and go on with `12-31`. Each date in a heading's text is put inside
    /// `<span class="nowrap">…</span>` (a custom inline: our own markup around a text node, so the
    /// date is still escaped as text and the safe renderer leaves the span alone). The characters
    /// are unchanged: a reader who copies the heading gets ASCII hyphens.
    public func keepHeadingDatesTogether() {
        cmark_consolidate_text_nodes(root)
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return }
        var headingDepth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                headingDepth += event == CMARK_EVENT_ENTER ? 1 : -1
            } else if type == CMARK_NODE_TEXT, event == CMARK_EVENT_ENTER, headingDepth > 0 {
                nodes.append(node)
            }
        }
        cmark_iter_free(iterator)
        for node in nodes {
            let literal = Array((cmark_node_get_literal(node).map { String(cString: $0) } ?? "").utf8)
            let dates = Self.isoDateRanges(in: literal)
            guard !dates.isEmpty else { continue }
            var start = 0
            for date in dates {
                if start < date.lowerBound { insertText(literal[start..<date.lowerBound], before: node) }
                if let span = cmark_node_new(CMARK_NODE_CUSTOM_INLINE), let text = cmark_node_new(CMARK_NODE_TEXT) {
                    cmark_node_set_on_enter(span, "<span class=\"nowrap\">")
                    cmark_node_set_on_exit(span, "</span>")
                    cmark_node_set_literal(text, String(decoding: literal[date], as: UTF8.self))
                    cmark_node_append_child(span, text)
                    cmark_node_insert_before(node, span)
                }
                start = date.upperBound
            }
            if start < literal.count {
                cmark_node_set_literal(node, String(decoding: literal[start...], as: UTF8.self))
            } else {
                cmark_node_unlink(node)
                cmark_node_free(node)
            }
        }
    }

    /// Inserts a text node holding `bytes` before `node`.
    private func insertText(_ bytes: ArraySlice<UInt8>, before node: OpaquePointer) {
        guard let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(text, String(decoding: bytes, as: UTF8.self))
        cmark_node_insert_before(node, text)
    }

    /// The byte ranges of ISO dates in `text`: four digits, `-`, two digits, `-`, two digits, with
    /// no digit or hyphen right before or after (so `12023-01-015` is no date).
    static func isoDateRanges(in text: [UInt8]) -> [Range<Int>] {
        func isDigit(_ index: Int) -> Bool { text[index] >= 0x30 && text[index] <= 0x39 }
        func isJoiner(_ index: Int) -> Bool { isDigit(index) || text[index] == UInt8(ascii: "-") }
        var ranges: [Range<Int>] = []
        var index = 0
        while index + 10 <= text.count {
            let shape = (0..<10).allSatisfy { offset in
                offset == 4 || offset == 7 ? text[index + offset] == UInt8(ascii: "-") : isDigit(index + offset)
            }
            if shape, index == 0 || !isJoiner(index - 1), index + 10 == text.count || !isJoiner(index + 10) {
                ranges.append(index..<(index + 10))
                index += 10
            } else {
                index += 1
            }
        }
        return ranges
    }
}
