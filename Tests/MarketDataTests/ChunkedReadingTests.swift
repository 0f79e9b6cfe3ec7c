import Foundation
import Testing

@testable import MarketData

@Suite("Chunked reading and chain.csv")
struct ChunkedReadingTests {
    /// Writes `bytes` to a temporary file and returns its path; the caller removes it.
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("condorpress-chunk-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        return url.path
    }

    private func rows(_ stream: CSVRowStream) -> [CSVTable.Row] {
        var rows: [CSVTable.Row] = []
        while let row = stream.next() { rows.append(row) }
        return rows
    }

    @Test("a file of several chunks with quoted line breaks and stray quotes reads as the same rows as its text")
    func chunksMatchText() throws {
        var lines = ["\u{FEFF}Date,Event,Kind"]
        for index in 0..<80_000 {
            lines.append(
                index % 7 == 0 ? "2024-01-02,\"multi\r\nline, \"\"quoted\"\" \(index)\",OTHER"
                    : index % 11 == 0 ? "2024-01-02,a 5\" screen \(index),CPI" : "2024-01-02,event \(index),CPI")
        }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        #expect(text.utf8.count > 2 * RowChunker.chunkSize)
        let path = try temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = CSVRowStream(path: path)
        #expect(rows(fromFile) == rows(CSVRowStream(text: text)))
        #expect(fromFile.stop == nil)
    }

    @Test("a row longer than 64 KiB stops the file with one error on its line")
    func overlongRow() throws {
        let text = "Date,vix\n2024-01-02,13\n2024-01-03," + String(repeating: "1", count: 300_000) + "\n"
        let path = try temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = PriceFileReader.vix.read(CSVRowStream(path: path), lenient: false)
        #expect(result.issues.map(\.description) == [
            "vix.csv:3: expected a row of at most 65,536 bytes, found a longer one (no line break, or an unclosed quote); stopped reading the file here"
        ])
    }

    @Test("an unclosed quote cannot swallow the file")
    func unclosedQuote() throws {
        let text = "Date,vix\n2024-01-02,\"13\n" + String(repeating: "2024-01-03,14\n", count: 10_000)
        let path = try temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let stream = CSVRowStream(path: path)
        _ = rows(stream)
        #expect(stream.stop == .overlongRow(line: 2))
    }

    @Test("bytes that are not UTF-8 after the first chunk are reported on their line")
    func invalidUTF8Later() throws {
        var bytes = Array(("Date,vix\n" + String(repeating: "2024-01-02,13\n", count: 100_000)).utf8)
        bytes += [0x32, 0xFF, 0x0A]
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let stream = CSVRowStream(path: path)
        _ = rows(stream)
        #expect(stream.stop == .invalidUTF8(line: 100_002))
    }

    @Test("lone CR line ends split into rows too, across chunks")
    func carriageReturns() throws {
        let path = try temporaryFile(Array("Date,vix\r2024-01-02,13\r2024-01-03,14\r".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(rows(CSVRowStream(path: path)).map(\.line) == [1, 2, 3])
        let many = "Date,vix\r" + String(repeating: "2024-01-02,13\r", count: 200_000)
        let bigPath = try temporaryFile(Array(many.utf8))
        defer { try? FileManager.default.removeItem(atPath: bigPath) }
        let stream = CSVRowStream(path: bigPath)
        #expect(rows(stream).count == 200_001)
        #expect(stream.stop == nil)
    }

    @Test("events.csv is capped at 20,000 rows")
    func eventsCap() {
        let text = "Date,Event\n" + String(repeating: "2024-01-02,x\n", count: EventsFileReader.maximumRows + 5)
        let result = read(EventsFileReader.reader, text)
        #expect(result.issues.map(\.description) == [
            "events.csv: stopped reading at line 20002: expected at most 20,000 rows, found more"
        ])
        #expect(result.rows.count == EventsFileReader.maximumRows)
    }

    @Test("chain.csv of random bytes or with an unknown header is an error")
    func chainRefused() throws {
        #expect(issueLines(Fixture.files(["chain.csv": "Date,Close\n2024-01-02,1\n"])) == [
            "chain.csv:1: unknown header \"Date,Close\": expected "
                + "quotedate,expiration,type,strike,bid,ask[,impliedvol][,underlying_last][,delta]"
        ])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("condorpress-chain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Fixture.spxYahoo.utf8).write(to: folder.appendingPathComponent("spx.csv"))
        try Data(Fixture.vixCboe.utf8).write(to: folder.appendingPathComponent("vix.csv"))
        var generator = SplitMix64(seed: 7)
        let random = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        try Data(random).write(to: folder.appendingPathComponent("chain.csv"))
        do {
            _ = try MarketDataLoader(directory: folder.path).load()
            Issue.record("expected chain.csv of random bytes to be refused")
        } catch let error as DataValidationError {
            #expect(error.issues.map(\.file) == ["chain.csv"])
            #expect(error.issues.first?.message.hasPrefix("expected UTF-8 text") == true)
        }
    }
}
