import Foundation
import MarketData
import TestSupport
import Testing

@testable import Publishing

/// A date from a valid ISO literal.
private func date(_ iso: String) throws -> CalendarDate {
    try #require(CalendarDate(iso: iso))
}

/// The manifest parsed from `text`, or nil.
private func parsed(_ text: String) -> BuildManifest? {
    Data(text.utf8).withUnsafeBytes { BuildManifest(bytes: $0) }
}

/// The manifest parsed from its own encoding.
private func roundTripped(_ manifest: BuildManifest) -> BuildManifest? {
    manifest.encoded().withUnsafeBytes { BuildManifest(bytes: $0) }
}

@Suite("Build manifest text")
struct BuildManifestTextTests {
    /// Three briefings (one without terms), two files, two terms used out of order.
    static func small() throws -> BuildManifest {
        var manifest = BuildManifest()
        manifest.globalKey = "9f2c"
        manifest.briefingKey = "77e1"
        manifest.dataKey = "00ab"
        manifest.lastDate = try date("2024-01-05")
        manifest.files = ["archive/outcomes.csv", "index.html"]
        manifest.briefings[try date("2024-01-04")] = .init(key: "k4", terms: ["vix", "delta"])
        manifest.briefings[try date("2024-01-02")] = .init(key: "k2", terms: [])
        manifest.briefings[try date("2024-01-03")] = .init(key: "k3", terms: ["delta"])
        return manifest
    }

    /// The text of ``small()``, written out by hand.
    static let smallText = """
        condorpress-manifest 2
        tool \(CondorPressVersion.current)
        global 9f2c
        briefings 77e1
        data 00ab
        last 2024-01-05
        term delta
        term vix
        file archive/outcomes.csv
        file index.html
        briefing 2024-01-02 k2
        briefing 2024-01-03 k3 0
        briefing 2024-01-04 k4 1 0

        """

    @Test("a small manifest is written as the expected text: terms sorted and numbered, briefings by date")
    func exactText() throws {
        #expect(String(decoding: try Self.small().encoded(), as: UTF8.self) == Self.smallText)
    }

    @Test("the text does not depend on the order briefings were added in")
    func deterministic() throws {
        let manifest = try Self.small()
        var reordered = BuildManifest()
        reordered.globalKey = manifest.globalKey
        reordered.briefingKey = manifest.briefingKey
        reordered.dataKey = manifest.dataKey
        reordered.lastDate = manifest.lastDate
        reordered.files = manifest.files
        for (day, briefing) in manifest.briefings.sorted(by: { $0.key > $1.key }) {
            reordered.briefings[day] = briefing
        }
        #expect(reordered.encoded() == manifest.encoded())
        #expect(manifest.encoded() == manifest.encoded())
    }

    @Test("the small manifest reads back equal")
    func smallRoundTrip() throws {
        let manifest = try Self.small()
        #expect(roundTripped(manifest) == manifest)
        #expect(parsed(Self.smallText) == manifest)
    }

    @Test("an empty manifest (no last date, files, terms or briefings) round-trips")
    func emptyRoundTrip() {
        let manifest = BuildManifest()
        let expected =
            "condorpress-manifest 2\ntool \(CondorPressVersion.current)\nglobal \nbriefings \ndata \nlast -\n"
        #expect(String(decoding: manifest.encoded(), as: UTF8.self) == expected)
        let back = roundTripped(manifest)
        #expect(back == manifest)
        #expect(back?.lastDate == nil)
    }

    @Test("a larger generated manifest round-trips, with terms numbered in sorted order")
    func generatedRoundTrip() throws {
        var random = SplitMix64(seed: 11 &+ 0x9E37_79B9_7F4A_7C15)
        let vocabulary = (0..<30).map { "term-\($0 * 7 % 30)" }
        var manifest = BuildManifest()
        manifest.globalKey = "global"
        manifest.dataKey = "data"
        manifest.lastDate = CalendarDate(daysSinceEpoch: 20_000)
        manifest.files = (0..<50).map { "page-\($0)/index.html" }.sorted()
        var used = Set<String>()
        for offset in 0..<400 {
            let count = Int(random.next() % 6)
            let terms = (0..<count).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
            used.formUnion(terms)
            manifest.briefings[CalendarDate(daysSinceEpoch: 19_000 + offset * 2)] = .init(
                key: "key\(offset)", terms: terms)
        }
        let text = String(decoding: manifest.encoded(), as: UTF8.self)
        let termLines = text.split(separator: "\n").filter { $0.hasPrefix("term ") }.map { String($0.dropFirst(5)) }
        #expect(termLines == used.sorted())
        #expect(text.split(separator: "\n").count == 6 + used.count + 50 + 400)
        #expect(roundTripped(manifest) == manifest)
    }

    @Test("load reads .condorpress/manifest inside the output, and gives nil without one")
    func load() throws {
        let site = try ScratchSite()
        defer { site.remove() }
        #expect(BuildManifest.load(from: site.output) == nil)
        try site.put(try Self.small().encoded(), at: ".condorpress/manifest")
        #expect(BuildManifest.load(from: site.output) == (try Self.small()))
        try site.put("condorpress-manifest 1\n", at: ".condorpress/manifest")
        #expect(BuildManifest.load(from: site.output) == nil)
    }

    /// Texts that are not a manifest this tool may use.
    static let rejected: [(String, String)] = [
        ("empty", ""),
        (
            "another format",
            smallText.replacingOccurrences(of: "condorpress-manifest 2", with: "condorpress-manifest 3")
        ),
        ("format 1", smallText.replacingOccurrences(of: "condorpress-manifest 2", with: "condorpress-manifest 1")),
        (
            "another tool version",
            smallText.replacingOccurrences(of: "tool \(CondorPressVersion.current)", with: "tool 0.0.9")
        ),
        ("no header", smallText.replacingOccurrences(of: "condorpress-manifest 2\n", with: "")),
        ("a term number past the last term", smallText.replacingOccurrences(of: "k3 0", with: "k3 2")),
        ("a term number before any term line", "condorpress-manifest 2\nbriefing 2024-01-02 k 0\nterm a\n"),
        ("a term number with a letter", smallText.replacingOccurrences(of: "k3 0", with: "k3 0a")),
        ("a negative term number", smallText.replacingOccurrences(of: "k3 0", with: "k3 -1")),
        ("an unknown keyword", smallText + "colour blue\n"),
        ("a keyword in capitals", smallText.replacingOccurrences(of: "file index.html", with: "FILE index.html")),
        ("an empty line", smallText.replacingOccurrences(of: "term vix\n", with: "term vix\n\n")),
        ("a line without a value", smallText.replacingOccurrences(of: "data 00ab", with: "data")),
        (
            "a briefing without its key",
            smallText.replacingOccurrences(of: "briefing 2024-01-02 k2", with: "briefing 2024-01-02")
        ),
        (
            "a briefing with a bad date",
            smallText.replacingOccurrences(of: "briefing 2024-01-02", with: "briefing 2024-02-30")
        ),
    ]

    @Test("malformed or foreign texts give nil", arguments: 0..<rejected.count)
    func rejectedText(_ index: Int) {
        let (name, text) = Self.rejected[index]
        #expect(parsed(text) == nil, "\(name)")
    }

    /// Texts that look almost like manifests.
    static let leniencies: [(String, String)] = [
        ("no tool line", smallText.replacingOccurrences(of: "tool \(CondorPressVersion.current)\n", with: "")),
        ("a malformed last date", smallText.replacingOccurrences(of: "last 2024-01-05", with: "last 2024-13-05")),
        (
            "a last date that is not a date",
            smallText.replacingOccurrences(of: "last 2024-01-05", with: "last yesterday")
        ),
    ]

    @Test("a text without a tool line or with a malformed last date gives nil", arguments: 0..<leniencies.count)
    func lenientText(_ index: Int) {
        let (name, text) = Self.leniencies[index]
        #expect(parsed(text) == nil, "\(name)")
    }

    @Test("the last line may lack its line break")
    func missingFinalNewline() throws {
        #expect(parsed(String(Self.smallText.dropLast())) == (try Self.small()))
    }

    @Test("a term number too large for an Int gives nil instead of stopping the process")
    func overlongTermNumber() async {
        await #expect(processExitsWith: .success) {
            let text = "condorpress-manifest 2\nterm a\nbriefing 2024-01-02 k 99999999999999999999\n"
            let manifest = Data(text.utf8).withUnsafeBytes { BuildManifest(bytes: $0) }
            exit(manifest == nil ? EXIT_SUCCESS : EXIT_FAILURE)
        }
    }
}
