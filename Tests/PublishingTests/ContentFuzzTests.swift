import Foundation
import MarketData
import Strategy
import TestSupport
import Testing

@testable import Publishing

/// Seeded fuzz tests of the YAML readers: content files (front matter and Markdown) through the
/// glossary, rule and page parsers, and `condorpress.yml` through the configuration reader.
///
/// Property: no trap; a content file either parses or throws a ``PublishingError`` naming it, and
/// every configuration problem names the configuration file. Each loop runs in a child process (see
/// ``SeededFuzz``), so a trap fails the test with the case to replay.
@Suite("The YAML readers under fuzzed input")
struct ContentFuzzTests {
    @Test("mutated and random content files never trap, and every error names its file")
    func fuzzedContentNeverTraps() async {
        let passed = await #expect(processExitsWith: .success) {
            SeededFuzz.run("front matter", defaultSeed: 0xF0_2026_0011, defaultCases: 2_500) { random in
                ContentFuzzCase(random: &random).check()
            }
        }
        guard passed == nil else { return }
        // The run is deterministic: run it again to read which case failed.
        let failed = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            SeededFuzz.run("front matter", defaultSeed: 0xF0_2026_0011, defaultCases: 2_500) { random in
                ContentFuzzCase(random: &random).check()
            }
        }
        if let failed { Issue.record("\(SeededFuzz.lastLines(of: failed.standardErrorContent))") }
    }

    @Test("mutated and random configuration files never trap, and every problem names the file")
    func fuzzedConfigurationNeverTraps() async {
        let passed = await #expect(processExitsWith: .success) {
            SeededFuzz.run("configuration", defaultSeed: 0xC0_2026_0011, defaultCases: 1_500) { random in
                ConfigurationFuzzCase(random: &random).check()
            }
        }
        guard passed == nil else { return }
        let failed = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            SeededFuzz.run("configuration", defaultSeed: 0xC0_2026_0011, defaultCases: 1_500) { random in
                ConfigurationFuzzCase(random: &random).check()
            }
        }
        if let failed { Issue.record("\(SeededFuzz.lastLines(of: failed.standardErrorContent))") }
    }

    @Test(
        "a rule's order beyond Int, in any form, is an error naming file and line",
        arguments: ["1:1:1:1:1:1:1:1:1:1:1:1", "9223372036854775807:0", "99999999999999999999", "0x10", "1e3", "[1]"])
    func hostileOrder(value: String) throws {
        let text = "---\nid: entry\ntitle: Entry\nsummary: Opens a condor.\norder: \(value)\n---\nBody.\n"
        #expect(
            throws: PublishingError(
                file: "rules/entry.md", line: 5, message: "front matter: order: expected a whole number")
        ) {
            try ContentLoader.rulePage(text: text, file: "rules/entry.md", stem: "entry")
        }
        let valid = try ContentLoader.rulePage(
            text: text.replacingOccurrences(of: value, with: "-12"), file: "rules/entry.md", stem: "entry")
        #expect(valid.order == -12)
    }

    @Test("the seed files parse as they are, so the mutations start from valid input")
    func seedFilesParse() throws {
        #expect(ContentFuzzCase.seeds.count > 20)
        for seed in ContentFuzzCase.seeds {
            _ = try seed.kind.parse(seed.text, file: seed.name, stem: seed.stem)
        }
        #expect(Configuration.problems(inYAML: ConfigurationFuzzCase.seed, fileName: "condorpress.yml") == [])
    }
}

/// One content fuzz case: a glossary term, rule or page of `Content/`, mutated, or random text.
struct ContentFuzzCase {
    /// The parser a content file goes through.
    enum Kind: CaseIterable {
        case glossary, rule, page

        /// The front matter keys this kind of file accepts.
        var keys: [String] {
            switch self {
            case .glossary: return ["term", "aliases", "summary", "related"]
            case .rule: return ["id", "title", "summary", "parameters", "order"]
            case .page: return ["title", "summary"]
            }
        }

        /// Parses `text` as this kind of file.
        func parse(_ text: String, file: String, stem: String) throws -> Any {
            switch self {
            case .glossary: return try ContentLoader.glossaryTerm(text: text, file: file, stem: stem)
            case .rule: return try ContentLoader.rulePage(text: text, file: file, stem: stem)
            case .page: return try ContentLoader.freePage(text: text, file: file, stem: stem)
            }
        }
    }

    /// A content file of the repository.
    struct Seed {
        let kind: Kind
        let name: String
        let stem: String
        let text: String
    }

    let kind: Kind
    let name: String
    let stem: String
    let text: String

    /// Draws a case.
    init(random: inout SplitMix64) {
        let seed = Self.seeds[random.below(Self.seeds.count)]
        var bytes = Array(seed.text.utf8)
        if random.below(3) == 0 {
            let keys = seed.kind.keys
            YAMLMutation.setKey(keys[random.below(keys.count)], in: &bytes, random: &random)
        }
        if random.below(20) == 0 { bytes = Array(YAMLMutation.randomDocument(random: &random).utf8) }
        for _ in 0..<random.below(5) { YAMLMutation.apply(to: &bytes, random: &random) }
        kind = random.below(8) == 0 ? Kind.allCases[random.below(3)] : seed.kind
        name = seed.name
        stem = random.below(10) == 0 ? "Not A Slug" : seed.stem
        text = String(decoding: bytes, as: UTF8.self)
    }

    /// Parses the file and returns nil when the property holds, else what went wrong.
    func check() -> String? {
        do {
            _ = try kind.parse(text, file: name, stem: stem)
        } catch let error as PublishingError {
            guard error.file == name, error.description.hasPrefix(name) else {
                return "an error that does not name \(name): \(error)"
            }
        } catch {
            return "an error that is not a PublishingError: \(error)"
        }
        return nil
    }

    /// Every glossary, rule and page file under `Content/`.
    static let seeds: [Seed] = {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content")
        var seeds: [Seed] = []
        for (folder, kind) in [("glossary", Kind.glossary), ("rules", .rule), ("pages", .page)] {
            let url = content.appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter {
                $0.hasSuffix(".md")
            }
            for name in names.sorted() {
                guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path) else {
                    continue
                }
                seeds.append(
                    Seed(
                        kind: kind, name: "Content/\(folder)/\(name)", stem: String(name.dropLast(3)),
                        text: String(decoding: data, as: UTF8.self)))
            }
        }
        return seeds
    }()
}

/// One configuration fuzz case: the shipped `condorpress.yml`, mutated, or a random document.
struct ConfigurationFuzzCase {
    /// The file name errors must show.
    static let fileName = "Content/condorpress.yml"

    let text: String

    /// Draws a case.
    init(random: inout SplitMix64) {
        var bytes = Array(Self.seed.utf8)
        if random.below(20) == 0 { bytes = Array(YAMLMutation.randomDocument(random: &random).utf8) }
        for _ in 0..<(1 + random.below(4)) { YAMLMutation.apply(to: &bytes, random: &random) }
        text = String(decoding: bytes, as: UTF8.self)
    }

    /// Reads the configuration and returns nil when the property holds, else what went wrong.
    func check() -> String? {
        let problems = Configuration.problems(inYAML: text, fileName: Self.fileName)
        if let problem = problems.first(where: {
            $0.fileName != Self.fileName || !$0.description.hasPrefix(Self.fileName)
        }) {
            return "a problem that does not name the file: \(problem)"
        }
        do {
            let configuration = try Configuration(yaml: text, fileName: Self.fileName)
            if !problems.isEmpty { return "a configuration was read despite \(problems[0])" }
            _ = configuration
        } catch {
            if problems.isEmpty { return "an error without a listed problem: \(error)" }
        }
        return nil
    }

    /// The shipped configuration file.
    static let seed: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content/condorpress.yml")
        return FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }()
}

/// The ways a fuzz case damages a YAML (or front matter and Markdown) file.
enum YAMLMutation: CaseIterable {
    case flipBit, insertControl, hostileScalar, indentation, lineShuffle, fence, truncate, byteOrderMark
    case lineEndings, randomBytes, nesting, longText

    /// Scalars that stress YAML's typing: numbers beyond every type, sexagesimal and radix forms,
    /// tags, anchors and aliases, flow and block openers, quotes left open.
    static let scalars = [
        "1e308", "-1e308", "1e-300", "1e999", ".inf", "-.inf", ".nan", ".NaN", "~", "null", "", "0x7FFFFFFFFFFFFFFF",
        "0x8000000000000000", "-0b1", "0o777", "0777", "99999999999999999999", "-9223372036854775809",
        "1:1:1:1:1:1:1:1:1:1:1:1", "9223372036854775807:0", "-1:0:0:0:0:0:0:0:0:0:0:0:0", "190:20:30", "1_000",
        "59:59:59:59:59:59:59:59:59:59:59", "0:0:0:0:0:0:0:0:0:0:0:0:0:0", "+1:0:0:0:0:0:0:0:0:0:0:0", "1:2.5", "1::2",
        "!!float 1e999", "!!int 99999999999999999999", "!!binary AAAA", "!!str", "!!map", "!custom x", "&a x", "*a",
        "*undefined", "[1, 2", "{a: b", "[]", "{}", "|", ">-", "'open", "\"open", "\"\\x00\\uD800\"", "? [a]", "<<: *a",
        "2001-12-14t21:59:43.10-05:00", "yes", "on", "-", "- - -", ": :", "#", "%YAML 1.1", "@", "`", "\t", "a: b: c",
    ]

    /// Applies one randomly chosen mutation to `bytes`.
    static func apply(to bytes: inout [UInt8], random: inout SplitMix64) {
        let position = bytes.isEmpty ? 0 : random.below(bytes.count + 1)
        switch allCases[random.below(allCases.count)] {
        case .flipBit:
            guard !bytes.isEmpty else { return }
            bytes[min(position, bytes.count - 1)] ^= 1 << UInt8(random.below(8))
        case .insertControl:
            let controls: [[UInt8]] = [
                [0], [0x1B], [0x1B, 0x5B, 0x32, 0x4A], [0x07], [0x7F], [0x0D], [0x09], [0x85], [0xC2, 0x85],
                [0xE2, 0x80, 0xA8], [0xEF, 0xBF, 0xBF],
            ]
            bytes.insert(contentsOf: controls[random.below(controls.count)], at: position)
        case .hostileScalar:
            replaceValue(in: &bytes, with: scalars[random.below(scalars.count)], random: &random)
        case .indentation:
            var lines = lines(of: bytes)
            let index = random.below(lines.count)
            switch random.below(3) {
            case 0:
                lines[index].insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: 1 + random.below(8)), at: 0)
            case 1: lines[index].insert(0x09, at: 0)
            default: lines[index].removeFirst(min(lines[index].count, 1 + random.below(4)))
            }
            bytes = Array(lines.joined(separator: [0x0A]))
        case .lineShuffle:
            var lines = lines(of: bytes)
            let first = random.below(lines.count)
            let second = random.below(lines.count)
            switch random.below(3) {
            case 0: lines.swapAt(first, second)
            case 1: lines.insert(lines[first], at: second)
            default: lines.remove(at: first)
            }
            bytes = Array(lines.joined(separator: [0x0A]))
        case .fence:
            let fences = ["---", "---\n---", "...", "--- !!map", "---\r", " ---", "--- |", "----"]
            var lines = lines(of: bytes)
            lines.insert(Array(fences[random.below(fences.count)].utf8), at: random.below(lines.count + 1))
            bytes = Array(lines.joined(separator: [0x0A]))
        case .truncate:
            bytes.removeSubrange(min(position, bytes.count)...)
        case .byteOrderMark:
            let marks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF, 0x00], [0xEF, 0xBB]]
            bytes.insert(contentsOf: marks[random.below(marks.count)], at: random.below(3) == 0 ? position : 0)
        case .lineEndings:
            switch random.below(3) {
            case 0:
                bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
            case 1: bytes = bytes.map { $0 == 0x0A ? 0x0D : $0 }
            default: bytes += Array(repeating: 0x0A, count: 1 + random.below(5))
            }
        case .randomBytes:
            let count = random.below(random.below(8) == 0 ? 2_000 : 16)
            let noise = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            if random.below(10) == 0 { bytes = noise } else { bytes.insert(contentsOf: noise, at: position) }
        case .nesting:
            let depth = 1 + random.below(random.below(4) == 0 ? 2_000 : 40)
            let (open, close) = [("[", "]"), ("{a: ", "}"), ("- ", "")][random.below(3)]
            let nested = String(repeating: open, count: depth) + "x" + String(repeating: close, count: depth)
            replaceValue(in: &bytes, with: nested, random: &random)
        case .longText:
            replaceValue(in: &bytes, with: String(repeating: "word ", count: 1 + random.below(4_000)), random: &random)
        }
    }

    /// Gives `key` a hostile scalar on its own line of the front matter (after the opening fence),
    /// replacing the line that set it before.
    static func setKey(_ key: String, in bytes: inout [UInt8], random: inout SplitMix64) {
        var lines = lines(of: bytes)
        let line = Array("\(key): \(scalars[random.below(scalars.count)])".utf8)
        if let index = lines.firstIndex(where: { $0.starts(with: Array("\(key):".utf8)) }) {
            lines[index] = line
        } else {
            lines.insert(line, at: min(1, lines.count))
        }
        bytes = Array(lines.joined(separator: [0x0A]))
    }

    /// A random small YAML-like document of keys, scalars, lists and fences.
    static func randomDocument(random: inout SplitMix64) -> String {
        let keys = [
            "term", "aliases", "summary", "related", "id", "title", "order", "parameters", "site", "strategy", "model",
            "x",
        ]
        var lines = random.below(2) == 0 ? ["---"] : []
        for _ in 0..<random.below(12) {
            let indent = String(repeating: " ", count: 2 * random.below(3))
            let key = keys[random.below(keys.count)]
            let value = random.below(3) == 0 ? "" : " " + scalars[random.below(scalars.count)]
            lines.append(indent + (random.below(5) == 0 ? "- " : "") + key + ":" + value)
        }
        if random.below(2) == 0 { lines += ["---", "Body with [[Iron Condor]] and `code`."] }
        return lines.joined(separator: "\n")
    }

    /// The lines of `bytes` (at least one).
    private static func lines(of bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }

    /// Replaces what follows the first `: ` of a random line (or the whole line) with `text`; four
    /// times in five the line is one of the `key: value` lines, so the front matter is hit often.
    private static func replaceValue(in bytes: inout [UInt8], with text: String, random: inout SplitMix64) {
        var lines = lines(of: bytes)
        func colon(in line: [UInt8]) -> Int? {
            line.indices.first { line[$0] == UInt8(ascii: ":") && ($0 + 1 == line.count || line[$0 + 1] == 0x20) }
        }
        let keyed = lines.indices.filter { colon(in: lines[$0]) != nil }
        let index =
            !keyed.isEmpty && random.below(5) != 0 ? keyed[random.below(keyed.count)] : random.below(lines.count)
        let line = lines[index]
        if let colon = colon(in: line), random.below(5) != 0 {
            lines[index] = Array(line[...colon]) + [0x20] + Array(text.utf8)
        } else {
            lines[index] = Array(text.utf8)
        }
        bytes = Array(lines.joined(separator: [0x0A]))
    }
}
