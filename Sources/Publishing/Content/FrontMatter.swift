import Yams

/// A content file split into its YAML front matter and its Markdown body.
struct FrontMatterDocument {
    /// The file, for errors.
    let file: String
    /// The front matter mapping.
    let fields: Node.Mapping
    /// The Markdown after the closing `---`.
    let body: String
    /// The 1-based line of the file where the body starts.
    let bodyLine: Int

    /// Parses `text`, which must open with a `---` line and close its front matter with another.
    /// - Throws: `PublishingError` naming the file and line of a missing fence or a YAML error.
    init(parsing text: String, file: String) throws {
        self.file = file
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard lines.first == "---" else {
            throw PublishingError(file: file, line: 1, message: "expected front matter opening with a line \"---\"")
        }
        guard let close = lines.dropFirst().firstIndex(of: "---") else {
            throw PublishingError(file: file, line: lines.count, message: "expected a line \"---\" closing the front matter")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let node: Node?
        do {
            // UTF-8 named explicitly: Yams's default reads the process environment on every call,
            // a tenth of the time of loading a large glossary.
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            throw PublishingError(file: file, line: FrontMatterDocument.line(of: error).map { $0 + 1 }, message: "front matter is not valid YAML")
        }
        guard let mapping = node?.mapping else {
            throw PublishingError(file: file, line: 2, message: "expected the front matter to be a mapping of keys to values")
        }
        self.fields = mapping
        self.body = lines[(close + 1)...].joined(separator: "\n")
        self.bodyLine = close + 2
    }

    /// The 1-based file line of a front matter node.
    func line(of node: Node) -> Int? {
        node.mark.map { $0.line + 1 }
    }

    /// The node under `key`, if present.
    func node(_ key: String) -> Node? {
        fields[Node(key)]
    }

    /// A required, non-empty single-line string.
    func requiredString(_ key: String) throws -> String {
        guard let node = node(key) else {
            throw PublishingError(file: file, line: 2, message: "front matter: missing required key \"\(key)\"")
        }
        guard let value = node.string?.trimmingCharacters(in: .whitespaces), !value.isEmpty,
            node.scalar != nil, !value.contains("\n")
        else {
            throw PublishingError(file: file, line: line(of: node), message: "front matter: \(key): expected one line of text")
        }
        return value
    }

    /// An optional string.
    func optionalString(_ key: String) throws -> String? {
        node(key) == nil ? nil : try requiredString(key)
    }

    /// An optional list of strings (a single string counts as a list of one).
    func stringList(_ key: String) throws -> [String] {
        try stringListItems(key).map(\.text)
    }

    /// An optional list of strings with the file line of each item (a single string counts as a
    /// list of one).
    func stringListItems(_ key: String) throws -> [(text: String, line: Int?)] {
        guard let node = node(key) else { return [] }
        if let scalar = node.scalar { return scalar.string.isEmpty ? [] : [(scalar.string, line(of: node))] }
        let expected = "front matter: \(key): expected a list of text"
        guard let sequence = node.sequence else {
            throw PublishingError(file: file, line: line(of: node), message: expected)
        }
        return try sequence.map { item in
            guard let text = item.scalar?.string, !text.isEmpty else {
                throw PublishingError(file: file, line: line(of: item), message: expected)
            }
            return (text, line(of: item))
        }
    }

    /// An optional whole number, written in decimal digits with an optional sign (`order: 11`).
    ///
    /// Read from the scalar's text rather than with Yams' `Node.int`, which also takes sexagesimal
    /// (`1:30`), octal and hexadecimal forms and traps on a sexagesimal value beyond `Int`
    /// (`1:1:1:1:1:1:1:1:1:1:1:1`). A number beyond `Int` is refused like any other non-number.
    func optionalInt(_ key: String) throws -> Int? {
        guard let node = node(key) else { return nil }
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any, let value = Int(scalar.string)
        else {
            throw PublishingError(file: file, line: line(of: node), message: "front matter: \(key): expected a whole number")
        }
        return value
    }

    /// Fails on keys outside `allowed`, naming the first unknown key and its line.
    func requireOnlyKeys(_ allowed: Set<String>) throws {
        for key in fields.keys {
            guard let name = key.string, allowed.contains(name) else {
                let list = allowed.sorted().joined(separator: ", ")
                throw PublishingError(
                    file: file, line: line(of: key),
                    message: "front matter: unknown key \"\(key.string ?? "?")\", expected one of \(list)")
            }
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }
}
