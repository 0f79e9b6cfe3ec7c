import Glibc

/// Marks a page's wide tables so that a phone shows each row as a labelled block instead of a
/// sideways scroll.
///
/// Every `<table>` whose header row has at least ``minimumColumns`` cells gets the class
/// ``className``, and every body `<td>` after a row's first cell gets `data-label` with the text of
/// its column's header (tags stripped, entities kept as written, so the attribute is as safely
/// escaped as the header was). A row's first cell, or a `<th>` row header, is the block's title.
/// The stylesheet shows the labels only on narrow screens; a desktop sees the table unchanged.
/// Tables from cmark-gfm and from the page templates are marked alike, in one pass over the page.
enum StackedTables {
    /// The class that the stylesheet stacks on narrow screens.
    static let className = "stacked"
    /// Tables with fewer header cells fit a phone as they are.
    static let minimumColumns = 4

    /// `html` with its wide tables marked; the same bytes when it has none.
    static func marked(_ html: [UInt8]) -> [UInt8] {
        guard var start = html.firstOffset(of: tableOpen, from: 0) else { return html }
        var result: [UInt8] = []
        result.reserveCapacity(html.count + html.count / 8)
        var copied = 0
        while true {
            guard let end = html.firstOffset(of: tableClose, from: start) else { break }
            result += html[copied..<start]
            appendMarked(html[start..<end], to: &result)
            copied = end
            guard let next = html.firstOffset(of: tableOpen, from: end) else { break }
            start = next
        }
        result += html[copied...]
        return result
    }

    private static let tableOpen = Array("<table".utf8)
    private static let tableClose = Array("</table>".utf8)

    /// Appends one table (from `<table` up to, not including, `</table>`), marked when it is wide.
    private static func appendMarked(_ table: ArraySlice<UInt8>, to result: inout [UInt8]) {
        let labels = headerLabels(of: table)
        guard labels.count >= minimumColumns, let bodyStart = table.firstOffset(of: Array("<tbody".utf8)) else {
            result += table
            return
        }
        let openEnd = table[table.startIndex...].firstIndex(of: UInt8(ascii: ">")) ?? table.startIndex
        appendOpeningTag(table[table.startIndex..<openEnd], to: &result)
        result += table[openEnd..<bodyStart]
        var column = 0
        var index = bodyStart
        var copied = bodyStart
        while index < table.endIndex {
            guard table[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if isTag("tr", in: table, at: index) {
                column = 0
            } else if isTag("th", in: table, at: index) {
                column += 1
            } else if isTag("td", in: table, at: index) {
                let nameEnd = index + 3
                result += table[copied..<nameEnd]
                copied = nameEnd
                if column > 0, column < labels.count, !labels[column].isEmpty {
                    result += Array(" data-label=\"".utf8)
                    result += labels[column]
                    result.append(UInt8(ascii: "\""))
                }
                column += 1
            }
            index += 1
        }
        result += table[copied...]
    }

    /// The opening `<table …` (without its `>`) with the stacked class added.
    private static func appendOpeningTag(_ tag: ArraySlice<UInt8>, to result: inout [UInt8]) {
        let classAttribute = Array("class=\"".utf8)
        if let classStart = tag.firstOffset(of: classAttribute) {
            let valueStart = classStart + classAttribute.count
            result += tag[tag.startIndex..<valueStart]
            result += Array((className + " ").utf8)
            result += tag[valueStart...]
        } else {
            result += tag
            result += Array(" class=\"\(className)\"".utf8)
        }
    }

    /// The text of each `<th>` in the table's `<thead>`, tags removed and whitespace trimmed.
    private static func headerLabels(of table: ArraySlice<UInt8>) -> [[UInt8]] {
        guard let headStart = table.firstOffset(of: Array("<thead".utf8)),
            let headEnd = table.firstOffset(of: Array("</thead>".utf8), from: headStart)
        else { return [] }
        var labels: [[UInt8]] = []
        var index = headStart
        while index < headEnd {
            guard isTag("th", in: table, at: index),
                let contentStart = table[index..<headEnd].firstIndex(of: UInt8(ascii: ">")).map({ $0 + 1 }),
                let contentEnd = table.firstOffset(of: Array("</th>".utf8), from: contentStart)
            else {
                index += 1
                continue
            }
            labels.append(text(of: table[contentStart..<contentEnd]))
            index = contentEnd
        }
        return labels
    }

    /// `html` without its tags, runs of whitespace as one space, trimmed; quotes cannot occur (the
    /// text was escaped for element content, and cmark-gfm and the templates escape `"`).
    private static func text(of html: ArraySlice<UInt8>) -> [UInt8] {
        var text: [UInt8] = []
        var inTag = false
        var pendingSpace = false
        for byte in html {
            switch byte {
            case UInt8(ascii: "<"): inTag = true
            case UInt8(ascii: ">") where inTag: inTag = false
            case _ where inTag: continue
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                pendingSpace = !text.isEmpty
            case UInt8(ascii: "\""):
                text += Array("&quot;".utf8)
            default:
                if pendingSpace { text.append(UInt8(ascii: " ")) }
                pendingSpace = false
                text.append(byte)
            }
        }
        return text
    }

    /// Whether an opening tag `<name` (followed by a space or `>`) starts at `index`.
    private static func isTag(_ name: StaticString, in html: ArraySlice<UInt8>, at index: Int) -> Bool {
        let count = name.utf8CodeUnitCount
        guard index + count + 1 < html.endIndex, html[index] == UInt8(ascii: "<") else { return false }
        let bytes = name.utf8Start
        for offset in 0..<count where html[index + 1 + offset] != bytes[offset] {
            return false
        }
        let next = html[index + 1 + count]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: ">")
    }
}

extension Array where Element == UInt8 {
    /// The offset of the first occurrence of `needle` at or after `from` (see the slice's).
    func firstOffset(of needle: [UInt8], from: Int) -> Int? {
        self[from...].firstOffset(of: needle)
    }
}

extension ArraySlice where Element == UInt8 {
    /// The index of the first occurrence of `needle` in the slice (`memchr` for its first byte).
    func firstOffset(of needle: [UInt8]) -> Int? {
        guard let first = needle.first, count >= needle.count else { return nil }
        return withUnsafeBytes { haystack -> Int? in
            let base = haystack.baseAddress!
            var offset = 0
            let last = haystack.count - needle.count
            while offset <= last {
                guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
                offset = UnsafeRawPointer(found) - base
                if memcmp(found, needle, needle.count) == 0 { return startIndex + offset }
                offset += 1
            }
            return nil
        }
    }

    /// The index of the first occurrence of `needle` at or after `from`.
    func firstOffset(of needle: [UInt8], from: Int) -> Int? {
        self[from...].firstOffset(of: needle)
    }
}
