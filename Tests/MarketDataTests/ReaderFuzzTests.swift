import Foundation
import Testing

@testable import MarketData

/// A seeded property test over the readers: mutated files never trap, never print a raw control
/// character and never report more than the cap per file.
@Suite("Reader fuzzing")
struct ReaderFuzzTests {
    /// Bytes a mutation inserts: CSV structure, number syntax, controls, a bidi override, a long run.
    private static let pieces: [String] = [
        "\"", ",", "\n", "\r", "\r\n", "\0", "\u{1B}]0;x\u{07}", "\u{7F}", "\u{9B}", "\u{202E}", ".", "-", "e", "E",
        "+", "1e308", "1e-300", "inf", "nan", "NA", "null", "#N/A", "0000-01-01", "9999-12-31", "12/31/1989", "\u{FEFF}",
        "9", "0", " ", "\t", String(repeating: "7", count: 300), "é", "😀",
    ]

    /// `text` with `count` random pieces inserted, deleted or replaced at random places.
    private static func mutate(_ text: String, count: Int, random: inout SplitMix64) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<count {
            let position = Int(random.next() % UInt64(scalars.count + 1))
            let piece = Array(pieces[Int(random.next() % UInt64(pieces.count))].unicodeScalars)
            switch random.next() % 3 {
            case 0: scalars.insert(contentsOf: piece, at: position)
            case 1: if position < scalars.count { scalars.remove(at: position) }
            default: scalars.replaceSubrange(position..<min(scalars.count, position + piece.count), with: piece)
            }
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    private static let originals: [String: String] = [
        "spx.csv": Fixture.spxYahoo, "vix.csv": Fixture.vixCboe,
        "breadth.csv": "Date,Advances,Declines\n2024-01-02,1820,1210\n2024-01-03,1700,1300\n",
        "rates.csv": "DATE,DTB3\n2024-01-01,.\n2024-01-02,5.23\n",
        "events.csv": "Date,Event,Kind\n2024-01-31,\"FOMC, decision\",FOMC\n",
        "vix_futures.csv": "Date,VX1,VX2\n2024-01-02,14.10,15.30\n",
        "chain.csv": "quotedate,expiration,type,strike,bid,ask\n2024-01-02,2024-02-16,P,4500,10.1,10.4\n",
    ]

    /// Checks what a load reported: no raw control character, at most the cap of located errors per file.
    private static func check(_ issues: [DataIssue], notes: [String]) {
        for line in issues.map(\.description) + notes {
            #expect(!line.unicodeScalars.contains(where: DisplayText.needsEscape), "\(line.debugDescription)")
        }
        for file in Set(issues.map(\.file)) {
            #expect(issues.filter { $0.file == file && $0.isError && $0.line != nil }.count <= IssueCap.limit + 3)
        }
    }

    @Test("400 mutated sets of files load or fail cleanly, in memory", arguments: [1, 2] as [UInt64])
    func inMemory(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for round in 0..<200 {
            var files = Self.originals
            for name in files.keys where random.next() % 2 == 0 {
                files[name] = Self.mutate(files[name]!, count: 1 + round % 12, random: &random)
            }
            do {
                let data = try MarketDataLoader.load(contents: files)
                Self.check(data.warnings, notes: data.notes.map(\.text))
            } catch let error as DataValidationError {
                Self.check(error.issues, notes: [])
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test("mutated files load or fail cleanly from disk, read in chunks")
    func onDisk() throws {
        var random = SplitMix64(seed: 99)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("condorpress-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for round in 0..<40 {
            for (name, text) in Self.originals {
                var bytes = Array(Self.mutate(text, count: 1 + round % 8, random: &random).utf8)
                if random.next() % 5 == 0 { bytes.insert(UInt8(truncatingIfNeeded: random.next() | 0x80), at: bytes.count / 2) }
                try Data(bytes).write(to: folder.appendingPathComponent(name))
            }
            do {
                let data = try MarketDataLoader(directory: folder.path).load()
                Self.check(data.warnings, notes: data.notes.map(\.text))
            } catch let error as DataValidationError {
                Self.check(error.issues, notes: [])
            }
        }
    }
}
