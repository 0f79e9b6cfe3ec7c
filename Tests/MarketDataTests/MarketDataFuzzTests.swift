import Foundation
import TestSupport
import Testing

@testable import MarketData

/// A seeded fuzz test of the CSV readers: thousands of random and mutated input folders, grown
/// from the sample files in `Content/data`, go through ``MarketDataLoader/load(contents:lenient:)``.
///
/// Property: the loader never traps, and it either returns data or throws a
/// ``DataValidationError`` with at least one error, every issue (and warning) naming an input file.
/// The loop runs in a child process, so a trap fails this test instead of ending the run; the child
/// writes each case's seed to standard error first, and after a failure a second, identical run
/// shows the last one.
/// `CONDORPRESS_FUZZ_SEED` and `CONDORPRESS_FUZZ_CASES` replay a case (seed as printed, 1 case) or
/// run longer.
@Suite("The CSV readers under fuzzed input")
struct MarketDataFuzzTests {
    @Test("mutated and random input folders never trap, and every problem names its file")
    func fuzzedFoldersNeverTrap() async {
        let passed = await #expect(processExitsWith: .success) {
            SeededFuzz.run("market data", defaultSeed: 0x00C0_4D02_2026_0011, defaultCases: 2_500) { random in
                MarketDataFuzzCase(random: &random).check()
            }
        }
        guard passed == nil else { return }
        // The run is deterministic: run it again to read which case failed.
        let failed = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            SeededFuzz.run("market data", defaultSeed: 0x00C0_4D02_2026_0011, defaultCases: 2_500) { random in
                MarketDataFuzzCase(random: &random).check()
            }
        }
        if let failed { Issue.record("\(SeededFuzz.lastLines(of: failed.standardErrorContent))") }
    }

    @Test("the seed files load as they are, so the mutations start from valid input")
    func seedFilesLoad() throws {
        var random = SplitMix64(seed: 1)
        let files = MarketDataFuzzCase.seedFolder(rows: 40, random: &random)
        let loaded = try MarketDataLoader.load(contents: files)
        #expect(loaded.series.days.count == 40)
        #expect(Set(loaded.sources.map(\.file)) == Set(MarketDataFile.allCases))
    }
}

/// One fuzz case: a small data folder cut from the sample files, a few of its files mutated.
struct MarketDataFuzzCase {
    /// The folder's texts by file name.
    var files: [String: String]
    /// Whether the load skips bad rows.
    var lenient: Bool

    /// Draws a case.
    init(random: inout SplitMix64) {
        var folder = Self.seedFolder(rows: 1 + random.below(60), random: &random)
        for name in Array(folder.keys).sorted()
        where MarketDataFile(rawValue: name)?.isRequired == false && random.below(6) == 0 {
            folder[name] = nil
        }
        let names = folder.keys.sorted()
        for _ in 0..<(1 + random.below(3)) {
            let name = names[random.below(names.count)]
            var bytes = Array(folder[name, default: ""].utf8)
            for _ in 0..<(1 + random.below(4)) { CSVMutation.apply(to: &bytes, random: &random) }
            folder[name] = String(decoding: bytes, as: UTF8.self)
        }
        files = folder
        lenient = random.below(4) == 0
    }

    /// Loads the folder and returns nil when the property holds, else what went wrong.
    func check() -> String? {
        let names = Set(MarketDataFile.allCases.map(\.fileName))
        func unnamed(_ issues: [DataIssue]) -> DataIssue? {
            issues.first { !names.contains($0.file) || !$0.description.hasPrefix($0.file + ":") }
        }
        do {
            let loaded = try MarketDataLoader.load(contents: files, lenient: lenient)
            if let issue = unnamed(loaded.warnings) { return "a warning names no input file: \(issue)" }
            if loaded.series.days.isEmpty { return "the load returned no trading day" }
            for day in loaded.series.days {
                _ = PlausibilityChecks.format(day.spx) + PlausibilityChecks.formatPercent(day.vix)
            }
        } catch let error as DataValidationError {
            if error.errors.isEmpty { return "a DataValidationError without an error: \(error)" }
            if let issue = unnamed(error.issues) { return "an issue names no input file: \(issue)" }
        } catch {
            return "an error that is not a DataValidationError: \(error)"
        }
        return nil
    }

    /// The sample files, cut to their header and first `rows` rows, plus a `vix_futures.csv` over
    /// the same dates (the sample ships none).
    static func seedFolder(rows: Int, random: inout SplitMix64) -> [String: String] {
        var folder: [String: String] = [:]
        for (name, lines) in sampleLines {
            folder[name] = lines.prefix(rows + 1).joined(separator: "\n") + "\n"
        }
        let dates = sampleLines["spx.csv", default: []].dropFirst().prefix(rows).map { $0.prefix(10) }
        let futures = dates.enumerated().map { index, date in "\(date),\(18 + index % 5).25,\(19 + index % 5).50" }
        folder["vix_futures.csv"] = (["Date,VX1,VX2"] + futures).joined(separator: "\n") + "\n"
        return folder
    }

    /// The lines of each sample CSV file in `Content/data`.
    static let sampleLines: [String: [String]] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content/data")
        var lines: [String: [String]] = [:]
        for file in MarketDataFile.allCases {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file.fileName).path)
            else { continue }
            lines[file.fileName] = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        return lines
    }()
}

/// The ways a fuzz case damages a CSV file's bytes.
enum CSVMutation: CaseIterable {
    case flipBit, insertControl, hostileNumber, oddDate, quote, lineEndings, byteOrderMark, truncate
    case lineShuffle, randomBytes, longField, commas, foreignHeader

    /// Numbers no reader should let through to arithmetic or a formatter unchecked.
    static let numbers = [
        "1e308", "-1e308", "1e-300", "-1e-300", "4.9e-324", "1e999", "-1e999", "inf", "-inf", "Infinity", "nan", "NaN",
        "-0", "0", "-0.0", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "99999999999999999999999999999", "0x1p3", "1_000", "+5", "5.", ".5", ".", "", "NA", "N/A", "#N/A", "null",
        "1e", "--1", "1e+", "1.2.3", "１２３", "٣", "1,5", "1.5e-310", "1.7976931348623159e308", "2e9", "1.5e9",
    ]

    /// Dates outside the calendar, impossible dates and other date shapes.
    static let dates = [
        "0000-01-01", "0000-01-03", "9999-12-31", "2023-02-30", "2023-13-01", "2023-00-10", "00/00/0000", "1/1/99999",
        "2023-1-1", "-2023-01-01", "20230103", "2023/01/03", "99999-01-01", "12/31/1969", "02/29/2023", "2024-02-29",
        "1989-12-29", "2051-01-03", "1900-01-01", "13/45/2023", "2023-01-03T00:00:00Z", "２０２３-01-03",
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
                [0], [0x1B], [0x1B, 0x5D, 0x30, 0x3B, 0x07], [0x07], [0x7F], [0x0D], [0x0B], [0x0C], [0x85],
                [0xC2, 0x85], [0xE2, 0x80, 0xA8],
            ]
            bytes.insert(contentsOf: controls[random.below(controls.count)], at: position)
        case .hostileNumber:
            replaceField(in: &bytes, with: numbers[random.below(numbers.count)], random: &random)
        case .oddDate:
            replaceField(in: &bytes, with: dates[random.below(dates.count)], random: &random, firstColumn: true)
        case .quote:
            let quotes: [[UInt8]] = [
                [0x22], [0x22, 0x22], Array("\"a,b\"".utf8), Array("\"\n\"".utf8), Array("\"5\"\"".utf8),
            ]
            bytes.insert(contentsOf: quotes[random.below(quotes.count)], at: position)
        case .lineEndings:
            switch random.below(4) {
            case 0:
                bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
            case 1: bytes = bytes.map { $0 == 0x0A ? 0x0D : $0 }
            case 2: if bytes.last == 0x0A { bytes.removeLast() }
            default: bytes += Array(repeating: 0x0A, count: 1 + random.below(5))
            }
        case .byteOrderMark:
            let marks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB]]
            bytes.insert(contentsOf: marks[random.below(marks.count)], at: random.below(3) == 0 ? position : 0)
        case .truncate:
            bytes.removeSubrange(min(position, bytes.count)...)
        case .lineShuffle:
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            guard lines.count > 1 else { return }
            let first = random.below(lines.count)
            let second = random.below(lines.count)
            switch random.below(3) {
            case 0: lines.swapAt(first, second)
            case 1: lines.insert(lines[first], at: second)
            default: lines.remove(at: first)
            }
            bytes = Array(lines.joined(separator: [0x0A]))
        case .randomBytes:
            let count = random.below(random.below(8) == 0 ? 2_000 : 16)
            let noise = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            if random.below(10) == 0 { bytes = noise } else { bytes.insert(contentsOf: noise, at: position) }
        case .longField:
            let digit = UInt8(ascii: "9")
            replaceField(
                in: &bytes,
                with: String(decoding: Array(repeating: digit, count: 1 + random.below(5_000)), as: UTF8.self),
                random: &random)
        case .commas:
            if random.below(2) == 0 {
                bytes.insert(UInt8(ascii: ","), at: position)
            } else if let comma = bytes.indices.filter({ bytes[$0] == UInt8(ascii: ",") }).randomElement(using: &random)
            {
                bytes.remove(at: comma)
            }
        case .foreignHeader:
            let headers = [
                "Date,Open,High,Low,Close,Adj Close,Volume", "DATE,SP500", "observation_date,VIXCLS", "Date,vix",
                "DATE,DTB3",
                "Date,Advances,Declines", "Date,Event", "Date,VX1", "date,close", "", "Date,Date,Date",
                "\"Date\",\"Close\"",
            ]
            let end = bytes.firstIndex(of: 0x0A) ?? bytes.count
            bytes.replaceSubrange(0..<end, with: Array(headers[random.below(headers.count)].utf8))
        }
    }

    /// Replaces one field of a random line (the first field when `firstColumn`) with `text`.
    private static func replaceField(
        in bytes: inout [UInt8], with text: String, random: inout SplitMix64, firstColumn: Bool = false
    ) {
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        let start = lineStarts[random.below(lineStarts.count)]
        var fieldStarts = [start]
        var index = start
        while index < bytes.count, bytes[index] != 0x0A {
            if bytes[index] == UInt8(ascii: ",") { fieldStarts.append(index + 1) }
            index += 1
        }
        let fieldStart = firstColumn ? start : fieldStarts[random.below(fieldStarts.count)]
        var fieldEnd = fieldStart
        while fieldEnd < bytes.count, bytes[fieldEnd] != 0x0A, bytes[fieldEnd] != UInt8(ascii: ","),
            bytes[fieldEnd] != 0x0D
        {
            fieldEnd += 1
        }
        bytes.replaceSubrange(fieldStart..<fieldEnd, with: Array(text.utf8))
    }
}
