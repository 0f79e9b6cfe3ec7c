import Strategy
import Yams

extension Configuration {
    /// Reads `condorpress.yml` text: missing keys keep their defaults, anything else wrong is an error.
    ///
    /// - Parameters:
    ///   - yaml: The file's text.
    ///   - fileName: The name errors should show (`condorpress.yml` or a path).
    /// - Throws: The first ``ConfigurationError`` in file order; ``problems(inYAML:fileName:)`` lists all.
    public init(yaml: String, fileName: String) throws(ConfigurationError) {
        let result = ConfigurationReader(fileName: fileName).read(yaml)
        if let first = result.problems.first { throw first }
        self = result.configuration
    }

    /// Every problem in `condorpress.yml` text, in file order (empty when the file is valid).
    ///
    /// - Parameters:
    ///   - yaml: The file's text.
    ///   - fileName: The name errors should show.
    /// - Returns: One error per unknown key, bad value, or inconsistent pair of values.
    public static func problems(inYAML yaml: String, fileName: String) -> [ConfigurationError] {
        ConfigurationReader(fileName: fileName).read(yaml).problems
    }
}

/// Walks the composed YAML tree of `condorpress.yml`, applying known keys and collecting problems.
struct ConfigurationReader {
    /// The file name errors show.
    let fileName: String

    private let keysByPath: [String: ConfigurationKey]
    private let sectionPaths: Set<String>

    init(fileName: String) {
        self.fileName = fileName
        var keys: [String: ConfigurationKey] = [:]
        var sections: Set<String> = []
        for key in ConfigurationSchema.keys {
            keys[key.path] = key
            for depth in 1...key.section.count {
                sections.insert(key.section.prefix(depth).joined(separator: "."))
            }
        }
        self.keysByPath = keys
        self.sectionPaths = sections
    }

    /// The configuration read from `yaml` and the problems found on the way.
    func read(_ yaml: String) -> (configuration: Configuration, problems: [ConfigurationError]) {
        var state = ReadState()
        do {
            if let root = try Yams.compose(yaml: yaml) {
                if isNull(root) {
                    // An empty document keeps every default.
                } else if case .mapping(let mapping) = root {
                    walk(mapping, path: [], into: &state)
                } else {
                    state.problems.append(
                        error(root.mark?.line, nil, "expected a mapping of sections, found \(describe(root))"))
                }
            }
        } catch let yamlError as YamlError {
            state.problems.append(yamlProblem(yamlError))
        } catch {
            state.problems.append(
                ConfigurationError(
                    fileName: fileName, line: nil, keyPath: nil, message: "invalid YAML: \(error)"))
        }
        checkConsistency(&state)
        state.problems.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return (state.configuration, state.problems)
    }

    // MARK: - Walking

    private struct ReadState {
        var configuration = Configuration.defaults
        var problems: [ConfigurationError] = []
        var lines: [String: Int] = [:]
    }

    private func walk(_ mapping: Node.Mapping, path: [String], into state: inout ReadState) {
        var seen: Set<String> = []
        for (keyNode, valueNode) in mapping {
            let line = keyNode.mark?.line
            guard case .scalar(let keyScalar) = keyNode else {
                state.problems.append(error(line, dotted(path), "expected a key name, found \(describe(keyNode))"))
                continue
            }
            let childPath = path + [keyScalar.string]
            let dottedPath = childPath.joined(separator: ".")
            guard seen.insert(keyScalar.string).inserted else {
                state.problems.append(error(line, dottedPath, "duplicate key"))
                continue
            }
            if sectionPaths.contains(dottedPath) {
                if case .mapping(let child) = valueNode {
                    walk(child, path: childPath, into: &state)
                } else if !isNull(valueNode) {
                    state.problems.append(
                        error(
                            valueNode.mark?.line ?? line, dottedPath,
                            "expected a mapping of keys, found \(describe(valueNode))"))
                }
            } else if let key = keysByPath[dottedPath] {
                state.lines[dottedPath] = valueNode.mark?.line ?? line
                if let problem = apply(key, valueNode, line: valueNode.mark?.line ?? line, to: &state.configuration) {
                    state.problems.append(problem)
                }
            } else {
                state.problems.append(error(line, dottedPath, unknownKeyMessage(keyScalar.string, in: path)))
            }
        }
    }

    private func apply(_ key: ConfigurationKey, _ node: Node, line: Int?, to configuration: inout Configuration)
        -> ConfigurationError?
    {
        let found = describe(node)
        switch key.accessor {
        case .number(let keyPath, let bounds):
            guard let value = number(node), bounds.contains(value) else {
                return error(line, key.path, "expected \(bounds.expectation), found \(found)")
            }
            configuration[keyPath: keyPath] = value
        case .integer(let keyPath, let range):
            guard let value = wholeNumber(node), range.contains(value) else {
                return error(
                    line, key.path,
                    "expected a whole number between \(range.lowerBound) and \(range.upperBound), found \(found)")
            }
            configuration[keyPath: keyPath] = value
        case .flag(let keyPath):
            guard case .scalar(let scalar) = node, isPlain(scalar),
                let value = ["true": true, "false": false][scalar.string.lowercased()]
            else { return error(line, key.path, "expected true or false, found \(found)") }
            configuration[keyPath: keyPath] = value
        case .text(let keyPath):
            guard case .scalar(let scalar) = node, !isNull(node),
                !scalar.string.allSatisfy({ $0 == " " || $0 == "\t" })
            else { return error(line, key.path, "expected text, found \(found)") }
            configuration[keyPath: keyPath] = scalar.string
        case .address(let keyPath):
            guard case .scalar(let scalar) = node, !isNull(node) else {
                return error(line, key.path, "expected an absolute http:// or https:// address, found \(found)")
            }
            do {
                configuration[keyPath: keyPath] = try SiteAddress.normalised(scalar.string)
            } catch {
                return ConfigurationError(fileName: fileName, line: line, keyPath: key.path, message: error.message)
            }
        }
        return nil
    }

    // MARK: - Consistency between keys

    private func checkConsistency(_ state: inout ReadState) {
        let configuration = state.configuration
        let strategy = configuration.strategy
        if strategy.layer2Threshold <= strategy.layer1Threshold {
            state.problems.append(
                pairProblem(
                    state, "strategy.layer2Threshold", "strategy.layer1Threshold",
                    "expected a number above layer1Threshold (\(NumberText.trimmed(strategy.layer1Threshold))), "
                        + "found \(NumberText.trimmed(strategy.layer2Threshold))"))
        }
        if strategy.bandTight > strategy.bandWide {
            state.problems.append(
                pairProblem(
                    state, "strategy.bandTight", "strategy.bandWide",
                    "expected a number no larger than bandWide (\(NumberText.trimmed(strategy.bandWide))), "
                        + "found \(NumberText.trimmed(strategy.bandTight))"))
        }
        let signals = configuration.signals
        if signals.macdSlow <= signals.macdFast {
            state.problems.append(
                pairProblem(
                    state, "signals.macdSlow", "signals.macdFast",
                    "expected a whole number above macdFast (\(signals.macdFast)), found \(signals.macdSlow)"))
        }
    }

    private func pairProblem(_ state: ReadState, _ path: String, _ otherPath: String, _ message: String)
        -> ConfigurationError
    {
        error(state.lines[path] ?? state.lines[otherPath], path, message)
    }

    // MARK: - Scalars

    private func isPlain(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain || scalar.style == .any
    }

    private func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, isPlain(scalar) else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func number(_ node: Node) -> Double? {
        guard case .scalar(let scalar) = node, isPlain(scalar) else { return nil }
        let text = scalar.string.filter { $0 != "_" }
        guard !text.isEmpty, text.allSatisfy({ "0123456789+-.eE".contains($0) }),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }

    private func wholeNumber(_ node: Node) -> Int? {
        guard let value = number(node), value.rounded() == value, abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if isNull(node) { return "nothing" }
            return isPlain(scalar) ? scalar.string : "\"\(scalar.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    // MARK: - Messages

    private func dotted(_ path: [String]) -> String? {
        path.isEmpty ? nil : path.joined(separator: ".")
    }

    private func error(_ line: Int?, _ keyPath: String?, _ message: String) -> ConfigurationError {
        ConfigurationError(fileName: fileName, line: line, keyPath: keyPath, message: message)
    }

    private func unknownKeyMessage(_ name: String, in path: [String]) -> String {
        let prefix = path.isEmpty ? "" : dotted(path).map { $0 + "." } ?? ""
        var candidates = keysByPath.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        candidates += sectionPaths.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        let siblings = Set(candidates.map { $0.split(separator: ".").first.map(String.init) ?? $0 })
        let best = siblings.map { ($0, EditDistance.between($0.lowercased(), name.lowercased())) }
            .filter { $0.1 <= 2 }
            .min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        if let best { return "unknown key (did you mean \(best.0)?)" }
        return "unknown key"
    }

    private func yamlProblem(_ yamlError: YamlError) -> ConfigurationError {
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return error(mark.line, nil, "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let noun = duplicates.count == 1 ? "duplicate key" : "duplicate keys"
            return error(context.mark.line, nil, "\(noun) \(duplicates.joined(separator: ", "))")
        default:
            return error(nil, nil, "invalid YAML: \(yamlError)")
        }
    }
}

/// Levenshtein distance, used to suggest the key a user probably meant.
enum EditDistance {
    /// The number of single-character edits turning `a` into `b`.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
