import Foundation

/// Checks that every internal link and anchor in a generated site resolves.
///
/// Internal links are the `href` and `src` attributes that are neither absolute URLs (`scheme:`)
/// nor protocol-relative (`//`). A link resolves when its file exists (a folder link needs an
/// `index.html`) and, with a fragment, when the target page has an element with that `id`.
public struct LinkChecker: Sendable {
    /// The site folder.
    public let root: URL

    /// Creates a checker for the site in `directory`.
    public init(directory: String) {
        root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
    }

    /// Every broken link, one error per link with the page and line it is on; empty when all resolve.
    public func problems() throws -> [PublishingError] {
        let pages = try htmlFiles()
        var anchors: [String: Set<String>] = [:]
        var texts: [String: String] = [:]
        for page in pages {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(page).path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            texts[page] = text
            anchors[page] = Set(LinkChecker.attributeValues(named: "id", in: text).map(\.value))
        }
        var problems: [PublishingError] = []
        for page in pages {
            guard let text = texts[page] else { continue }
            let links = LinkChecker.attributeValues(named: "href", in: text) + LinkChecker.attributeValues(named: "src", in: text)
            for link in links.sorted(by: { $0.line < $1.line }) {
                if let problem = check(link.value, from: page, anchors: anchors) {
                    problems.append(PublishingError(file: page, line: link.line, message: problem))
                }
            }
        }
        return problems
    }

    private func check(_ rawLink: String, from page: String, anchors: [String: Set<String>]) -> String? {
        let link = LinkChecker.decodeEntities(rawLink)
        if link.hasPrefix("//") || link.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) != nil {
            return nil
        }
        if link.hasPrefix("/") { return "link \"\(link)\" is root-absolute; internal links must be relative" }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0]).split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        var target = page
        if !path.isEmpty {
            let base = URL(fileURLWithPath: page, relativeTo: root).deletingLastPathComponent()
            let resolved = URL(fileURLWithPath: String(path), relativeTo: base).standardizedFileURL
            guard resolved.path.hasPrefix(root.path) else { return "link \"\(link)\" points outside the site" }
            var relative = String(resolved.path.dropFirst(root.path.count + 1))
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory)
            if exists && isDirectory.boolValue {
                relative += relative.isEmpty ? "index.html" : "/index.html"
                guard FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path) else {
                    return "link \"\(link)\" names a folder without index.html"
                }
            } else if !exists {
                return "link \"\(link)\" points to a missing file"
            }
            target = relative
        }
        if let fragment, !fragment.isEmpty {
            guard let ids = anchors[target] else { return "link \"\(link)\" has an anchor into a file that is not HTML" }
            guard ids.contains(fragment) else { return "link \"\(link)\" points to a missing anchor #\(fragment)" }
        }
        return nil
    }

    private func htmlFiles() throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            throw PublishingError(file: root.path, message: "cannot read the site folder")
        }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }.sorted()
    }

    /// The values of `name="…"` attributes in `html`, with their 1-based lines.
    static func attributeValues(named name: String, in html: String) -> [(value: String, line: Int)] {
        var results: [(String, Int)] = []
        let bytes = Array(html.utf8)
        let needle = Array(" \(name)=\"".utf8)
        var line = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            if bytes[index] == needle[0], index + needle.count <= bytes.count,
                Array(bytes[index..<(index + needle.count)]) == needle
            {
                let start = index + needle.count
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += 1 }
                results.append((String(decoding: bytes[start..<end], as: UTF8.self), line))
                index = end
                continue
            }
            index += 1
        }
        return results
    }

    static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
