import Foundation
import Testing

@testable import MarketData

@Suite("MarketDataLoader on disk")
struct MarketDataLoaderFilesTests {
    /// A fresh temporary folder holding `files` (name → bytes), removed by the caller.
    private func folder(_ files: [String: [UInt8]]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("condorpress-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(bytes).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    @Test("files with a BOM and CRLF line ends load from disk")
    func loadsFolder() throws {
        let spx = "\u{FEFF}" + Fixture.spxYahoo.replacingOccurrences(of: "\n", with: "\r\n")
        let url = try folder(["spx.csv": Array(spx.utf8), "vix.csv": Array(Fixture.vixCboe.utf8)])
        defer { try? FileManager.default.removeItem(at: url) }
        let data = try MarketDataLoader(directory: url.path).load()
        #expect(data.series.days.map(\.spx) == [4742.83, 4704.81, 4688.68])
        #expect(data.notes == [
            "breadth.csv: not supplied (optional)", "rates.csv: not supplied (optional)",
            "events.csv: not supplied (optional)", "vix_futures.csv: not supplied (optional)",
        ])
    }

    @Test("a missing folder is one error naming the path")
    func missingFolder() {
        let path = "/nonexistent/condorpress-data"
        #expect(throws: DataValidationError(issues: [
            DataIssue(file: path, line: nil, message: "expected a data folder holding spx.csv and vix.csv, found no folder at this path")
        ])) {
            try MarketDataLoader(directory: path).load()
        }
    }

    @Test("bytes that are not UTF-8 are an error on the line holding them, and the file is not also 'missing'")
    func invalidUTF8() throws {
        var vix = Array("Date,vix\n2024-01-02,13.20\n".utf8)
        vix += [0x32, 0x30, 0xFF, 0x0A]
        let url = try folder(["spx.csv": Array(Fixture.spxYahoo.utf8), "vix.csv": vix])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DataValidationError(issues: [
            DataIssue(file: "vix.csv", line: 3, message: "expected UTF-8 text, found bytes that are not valid UTF-8")
        ])) {
            try MarketDataLoader(directory: url.path).load()
        }
    }

    @Test("a folder without the required files reports both")
    func emptyFolder() throws {
        let url = try folder([:])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DataValidationError.self) { try MarketDataLoader(directory: url.path).load() }
        do {
            _ = try MarketDataLoader(directory: url.path).load()
        } catch let error as DataValidationError {
            #expect(error.issues.map(\.file) == ["spx.csv", "vix.csv"])
        }
    }
}
