import Foundation
import MarketData
import TestSupport

@testable import Publishing

/// A small site whose every input lives in a scratch folder (content, templates, configuration and
/// generated data), with the random edits of the incremental-build property test.
///
/// The data is generated once for the whole span (`SampleMarketGenerator`, the generator behind
/// `condorpress sample-data`); the data folder holds its first `sessions` rows, and appending
/// sessions writes more of them. Edits to history change the rows in memory, so that later appends
/// keep them.
struct EditableSite {
    /// One edit, applied to the files; `undo` puts back every file it touched.
    struct Edit {
        /// What the edit did, for the failure report.
        var description: String
        /// The touched files and their bytes before the edit (nil: the file did not exist).
        var previous: [(url: URL, data: Data?)]
    }

    let root: URL
    var content: URL { root.appendingPathComponent("Content") }
    var templates: URL { root.appendingPathComponent("Templates") }
    var data: URL { root.appendingPathComponent("data") }
    var config: URL { content.appendingPathComponent("condorpress.yml") }

    /// The generated CSV files, each as lines (header first); the session-aligned ones are cut at `sessions`.
    private var lines: [String: [String]]
    /// How many sessions the data folder holds.
    private(set) var sessions: Int
    /// Glossary terms removed by an edit, to be put back by another: file name and text.
    private var removedTerms: [(name: String, text: String)] = []
    /// Counts edits, so that each one writes something new.
    private var counter = 0

    /// The files with one row per session.
    static let sessionFiles = ["spx.csv", "vix.csv", "breadth.csv", "rates.csv"]

    /// Copies the repository's content (without its data, and with only the glossary terms of
    /// `keptTerms`) and templates, and generates data from `from` to `to`, publishing its first
    /// `sessions` sessions.
    init(seed: UInt64 = 7, from: String, to: String, sessions: Int) throws {
        let root = try ScratchFolder.make("condorpress-edits")
        self.root = root
        try ScratchFolder.copy(["Content", "Templates"], from: SiteFixture.repository, into: root)
        try FileManager.default.removeItem(at: root.appendingPathComponent("Content/data"))
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Self.trimGlossary(in: root.appendingPathComponent("Content"))
        guard let start = CalendarDate(iso: from), let end = CalendarDate(iso: to) else {
            throw CocoaError(.formatting)
        }
        let market = SampleMarketGenerator(seed: seed).generate(from: start, to: end)
        lines = Dictionary(
            uniqueKeysWithValues: market.csvFiles.map {
                ($0.name, $0.text.split(separator: "\n").map(String.init))
            })
        self.sessions = sessions
        for name in lines.keys { try writeData(name) }
    }

    /// Build options for this site's inputs, writing to `output`; with the search index (Pagefind)
    /// only when `search` is true.
    func options(output: URL, full: Bool = false, search: Bool = false) -> BuildOptions {
        BuildOptions(
            content: content.path, data: data.path, templates: templates.path, output: output.path,
            config: config.path, baseURL: "https://example.org/site/", full: full, search: search)
    }

    /// Removes the scratch folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    // MARK: - Edits

    /// Applies one random edit and returns it.
    mutating func randomEdit(_ random: inout SplitMix64) throws -> Edit {
        counter += 1
        switch random.below(16) {
        case 0, 1: return try appendSessions(1 + random.below(3))
        case 2: return try changeClose(&random)
        case 3: return try editTemplate(&random)
        case 4: return try editGlossarySummary(&random)
        case 5: return try editGlossaryDefinition(&random)
        case 6: return try appendTo(&random, folder: content.appendingPathComponent("rules"), "a rule page")
        case 7: return try appendTo(&random, folder: content.appendingPathComponent("pages"), "a free page")
        case 8: return try editStylesheet()
        case 9: return try editConfiguration(&random)
        case 10: return try removeTerm(&random)
        case 11: return try restoreTerm(&random)
        case 12: return try addStaticFile()
        case 13: return try removeStaticFile(&random)
        case 14: return try changeRateOrBreadth(&random)
        default: return try editEvents(&random)
        }
    }

    /// Puts back every file `edit` touched (after a build refused it).
    mutating func undo(_ edit: Edit) throws {
        for (url, data) in edit.previous {
            if let data {
                try data.write(to: url)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
    }

    /// Publishes `count` more sessions (as many as are left).
    mutating func appendSessions(_ count: Int) throws -> Edit {
        let available = (lines["spx.csv"]?.count ?? 1) - 1
        let before = sessions
        sessions = min(available, sessions + count)
        let previous = try Self.sessionFiles.map { name in
            let url = data.appendingPathComponent(name)
            return (url: url, data: Optional(try Data(contentsOf: url)))
        }
        for name in Self.sessionFiles { try writeData(name) }
        return Edit(description: "append sessions \(before) → \(sessions)", previous: previous)
    }

    /// Moves one close before the last session to the day's low or high (SPX or VIX).
    mutating func changeClose(_ random: inout SplitMix64) throws -> Edit {
        let name = random.below(2) == 0 ? "spx.csv" : "vix.csv"
        guard var rows = lines[name], sessions > 2 else { return Edit(description: "no close to change", previous: []) }
        let row = 1 + random.below(sessions - 1)
        var fields = rows[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        // spx.csv: Date,Open,High,Low,Close,Volume; vix.csv: DATE,OPEN,HIGH,LOW,CLOSE.
        let useHigh = random.below(2) == 0
        let before = fields[4]
        fields[4] = useHigh ? fields[2] : fields[3]
        rows[row] = fields.joined(separator: ",")
        lines[name] = rows
        let url = data.appendingPathComponent(name)
        let edit = Edit(
            description: "\(name) row \(row) (\(fields[0])): close \(before) → \(fields[4])",
            previous: [(url, try Data(contentsOf: url))])
        try writeData(name)
        return edit
    }

    /// Changes one published session's rate (by a quarter point) or breadth (advances and declines swapped).
    mutating func changeRateOrBreadth(_ random: inout SplitMix64) throws -> Edit {
        let name = random.below(2) == 0 ? "rates.csv" : "breadth.csv"
        guard var rows = lines[name], sessions > 2, rows.count > sessions else {
            return Edit(description: "no rate or breadth to change", previous: [])
        }
        let row = 1 + random.below(sessions - 1)
        var fields = rows[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let before = fields.dropFirst().joined(separator: ",")
        if name == "rates.csv", let rate = Double(fields[1]) {
            fields[1] = String(format: "%.2f", max(0, rate + (random.below(2) == 0 ? 0.25 : -0.25)))
        } else if fields.count >= 3 {
            fields.swapAt(1, 2)
        }
        rows[row] = fields.joined(separator: ",")
        lines[name] = rows
        let url = data.appendingPathComponent(name)
        let edit = Edit(
            description: "\(name) row \(row) (\(fields[0])): \(before) → \(fields.dropFirst().joined(separator: ","))",
            previous: [(url, try Data(contentsOf: url))])
        try writeData(name)
        return edit
    }

    /// Removes a random scheduled event, or adds a CPI report on a random published session.
    mutating func editEvents(_ random: inout SplitMix64) throws -> Edit {
        guard var rows = lines["events.csv"], let spx = lines["spx.csv"], sessions > 2 else {
            return Edit(description: "no events to edit", previous: [])
        }
        let description: String
        if rows.count > 1, random.below(2) == 0 {
            let row = 1 + random.below(rows.count - 1)
            description = "events.csv: remove \(rows[row])"
            rows.remove(at: row)
        } else {
            let date = String(spx[1 + random.below(sessions)].prefix { $0 != "," })
            let line = "\(date),CPI report (edit \(counter)),CPI"
            description = "events.csv: add \(line)"
            rows.insert(line, at: 1 + rows.dropFirst().prefix { $0 < line }.count)
        }
        lines["events.csv"] = rows
        let url = data.appendingPathComponent("events.csv")
        let edit = Edit(description: description, previous: [(url, try Data(contentsOf: url))])
        try writeData("events.csv")
        return edit
    }

    /// Adds an HTML comment (or a line of Markdown) to the end of a random template.
    mutating func editTemplate(_ random: inout SplitMix64) throws -> Edit {
        let names = try FileManager.default.contentsOfDirectory(atPath: templates.path)
            .filter { $0.hasSuffix(".mustache") }.sorted()
        let name = random.element(of: names)
        return try appendLine("<!-- edit \(counter) -->", to: templates.appendingPathComponent(name), "template \(name)")
    }

    /// Adds a rule to the stylesheet.
    mutating func editStylesheet() throws -> Edit {
        try appendLine(".edit-\(counter) { color: inherit; }", to: templates.appendingPathComponent("style.css"), "the stylesheet")
    }

    /// Rewrites a random glossary term's summary.
    mutating func editGlossarySummary(_ random: inout SplitMix64) throws -> Edit {
        let url = try randomFile(&random, in: content.appendingPathComponent("glossary"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\nsummary: ", with: "\nsummary: Edit \(counter) says: ")
        try edited.write(to: url, atomically: true, encoding: .utf8)
        return Edit(description: "summary of glossary/\(url.lastPathComponent)", previous: [(url, Data(text.utf8))])
    }

    /// Adds a sentence to a random glossary term's definition.
    mutating func editGlossaryDefinition(_ random: inout SplitMix64) throws -> Edit {
        let url = try randomFile(&random, in: content.appendingPathComponent("glossary"))
        return try appendLine("Edit \(counter) adds a sentence.", to: url, "definition of glossary/\(url.lastPathComponent)")
    }

    /// Adds a paragraph to a random Markdown file of `folder`.
    mutating func appendTo(_ random: inout SplitMix64, folder: URL, _ what: String) throws -> Edit {
        let url = try randomFile(&random, in: folder)
        return try appendLine("Edit \(counter) adds a paragraph.", to: url, "\(what) \(url.lastPathComponent)")
    }

    /// Sets one configuration value to another valid value.
    mutating func editConfiguration(_ random: inout SplitMix64) throws -> Edit {
        let choices: [(key: String, values: [String])] = [
            ("title", ["CondorPress", "CondorPress \(counter)"]),
            ("feedEntries", ["5", "10", "30"]),
            ("profitTarget", ["0.40", "0.50", "0.65"]),
            ("stopMultiple", ["1.5", "2", "3"]),
            ("layer1Threshold", ["14", "16", "18"]),
            ("commissionPerContract", ["0.65", "1.00"]),
            ("eventLookaheadSessions", ["3", "5"]),
        ]
        let (key, values) = random.element(of: choices)
        let value = random.element(of: values)
        let text = try String(contentsOf: config, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key + ":") }),
            let colon = lines[index].firstIndex(of: ":")
        else { throw CocoaError(.fileReadCorruptFile) }
        lines[index] = lines[index][...colon] + " " + value
        try lines.joined(separator: "\n").write(to: config, atomically: true, encoding: .utf8)
        return Edit(description: "config \(key): \(value)", previous: [(config, Data(text.utf8))])
    }

    /// Removes a random glossary term (a build refuses it when another file names it with `[[…]]`).
    mutating func removeTerm(_ random: inout SplitMix64) throws -> Edit {
        let url = try randomFile(&random, in: content.appendingPathComponent("glossary"))
        let data = try Data(contentsOf: url)
        removedTerms.append((url.lastPathComponent, String(decoding: data, as: UTF8.self)))
        try FileManager.default.removeItem(at: url)
        return Edit(description: "remove glossary/\(url.lastPathComponent)", previous: [(url, data)])
    }

    /// Puts back a term an earlier edit removed (or edits the stylesheet when none was).
    mutating func restoreTerm(_ random: inout SplitMix64) throws -> Edit {
        guard !removedTerms.isEmpty else { return try editStylesheet() }
        let (name, text) = removedTerms.remove(at: random.below(removedTerms.count))
        let url = content.appendingPathComponent("glossary/\(name)")
        if FileManager.default.fileExists(atPath: url.path) {
            return Edit(description: "glossary/\(name) is back already", previous: [])
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Edit(description: "restore glossary/\(name)", previous: [(url, nil)])
    }

    /// Adds a file to the static folder.
    mutating func addStaticFile() throws -> Edit {
        let folder = content.appendingPathComponent("static")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("extra-\(counter).txt")
        try "Static file \(counter).\n".write(to: url, atomically: true, encoding: .utf8)
        return Edit(description: "add static/\(url.lastPathComponent)", previous: [(url, nil)])
    }

    /// Removes a random file of the static folder (or adds one when it is empty).
    mutating func removeStaticFile(_ random: inout SplitMix64) throws -> Edit {
        let folder = content.appendingPathComponent("static")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        guard !names.isEmpty else { return try addStaticFile() }
        let url = folder.appendingPathComponent(random.element(of: names))
        let data = try Data(contentsOf: url)
        try FileManager.default.removeItem(at: url)
        return Edit(description: "remove static/\(url.lastPathComponent)", previous: [(url, data)])
    }

    // MARK: - Helpers

    /// The glossary terms the small site keeps (the glossary's pages are most of a small build).
    static let keptTerms = [
        "alvh.md", "credit.md", "delta.md", "drawdown.md", "iron-condor.md", "macd.md", "spx.md", "strike-price.md",
        "theta.md", "vega.md", "vix.md", "wing.md",
    ]

    /// Removes every glossary term but `keptTerms` from `content`, and turns the links to removed
    /// terms (`[[Name]]`, `related:` entries) into plain text.
    static func trimGlossary(in content: URL) throws {
        let glossary = content.appendingPathComponent("glossary")
        var kept: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: glossary.path).sorted() {
            let url = glossary.appendingPathComponent(name)
            guard keptTerms.contains(name) else {
                try FileManager.default.removeItem(at: url)
                continue
            }
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                if line.hasPrefix("term: ") { kept.insert(line.dropFirst(6).lowercased()) }
                if line.hasPrefix("aliases: [") {
                    line.dropFirst(10).dropLast().split(separator: ",").forEach {
                        kept.insert($0.trimmingCharacters(in: .whitespaces).lowercased())
                    }
                }
            }
        }
        let link = /\[\[([^\]|]+)(\|[^\]]*)?\]\]/
        for folder in ["glossary", "rules", "pages"] {
            let url = content.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".md") {
                let file = url.appendingPathComponent(name)
                var text = try String(contentsOf: file, encoding: .utf8)
                text = text.replacing(link) { match in
                    kept.contains(match.1.lowercased()) ? String(match.0) : String(match.2.map { $0.dropFirst() } ?? match.1)
                }
                text = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    guard line.hasPrefix("related: [") else { return String(line) }
                    let names = line.dropFirst(10).dropLast().split(separator: ",")
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { kept.contains($0.lowercased()) }
                    return "related: [" + names.joined(separator: ", ") + "]"
                }.joined(separator: "\n")
                try text.write(to: file, atomically: true, encoding: .utf8)
            }
        }
    }

    /// Appends `line` (after a blank line) to the file at `url`.
    private func appendLine(_ line: String, to url: URL, _ what: String) throws -> Edit {
        let data = try Data(contentsOf: url)
        try (data + Data("\n\(line)\n".utf8)).write(to: url)
        return Edit(description: "\(what): + \(line)", previous: [(url, data)])
    }

    /// A random Markdown file of `folder`.
    private func randomFile(_ random: inout SplitMix64, in folder: URL) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
            .sorted()
        return folder.appendingPathComponent(random.element(of: names))
    }

    /// Writes the data file `name`: its first `sessions` rows when it has one row per session.
    private func writeData(_ name: String) throws {
        guard let rows = lines[name] else { return }
        let kept = Self.sessionFiles.contains(name) ? Array(rows.prefix(sessions + 1)) : rows
        try Data((kept.joined(separator: "\n") + "\n").utf8).write(to: data.appendingPathComponent(name))
    }
}
