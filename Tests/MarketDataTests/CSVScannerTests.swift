import CSV
import Testing

@testable import MarketData

/// ``CSVScanner`` must split every text exactly as yaslab's `CSVReader` (comma, no trimming) does,
/// quirks included, since the loader's messages depend on the fields it sees.
@Suite("CSVScanner")
struct CSVScannerTests {
    /// The rows `CSVReader` reads from `text`.
    private static func readerRows(_ text: String) -> [[String]] {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, trimFields: false) else { return [] }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    /// The rows `CSVScanner` reads from `text`.
    private static func scannerRows(_ text: String) -> [[String]] {
        var scanner = CSVScanner(bytes: Array(text.utf8))
        var rows: [[String]] = []
        while let row = scanner.nextRow() { rows.append(row.fields) }
        return rows
    }

    /// Compares scalar by scalar, so that canonically equivalent but different texts count as different.
    private static func scalars(_ rows: [[String]]) -> [[[Unicode.Scalar]]] {
        rows.map { $0.map { Array($0.unicodeScalars) } }
    }

    @Test(
        "quoting, escapes, line ends and the stray-quote quirk",
        arguments: [
            "", "\n", "a", "a,", ",", ",,\n,", "a,b\nc,d", "a,b\r\nc,d\r\n", "a\rb\r\rc", "a\r\n\r\nb",
            "\"a,b\",c", "\"a\"\"b\"", "\"a\nb\"\nc", "\"a\r\nb\"\r\nc", "\"abc", "\"ab\"cd\",e", "\"ab\"é\",e",
            "\"ab\"\u{1F600}x\",e", "x\"y\",z", "\"\"", "\"\",\"\"", "\"a\"\r", "\"a\"\rb", "\"a\",", "a,\"b",
            " \"a\" ,b", "\u{FEFF}a,b", "é,ü\nß", "\"a\"\"\"", "\"\"\"\"", "a\n\n\nb\n",
        ])
    func knownCases(_ text: String) {
        #expect(Self.scalars(Self.scannerRows(text)) == Self.scalars(Self.readerRows(text)))
    }

    @Test("random texts built from the characters that matter")
    func randomTexts() {
        let pieces = [
            "a", "1", ",", "\"", "\n", "\r", "\r\n", " ", "\t", "é", "\u{1F600}", "\u{2028}", "\"\"", "e\u{301}",
        ]
        var state: UInt64 = 0x1234_5678
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<5_000 {
            let text = (0..<(next() % 24)).map { _ in pieces[next() % pieces.count] }.joined()
            #expect(
                Self.scalars(Self.scannerRows(text)) == Self.scalars(Self.readerRows(text)),
                "\(Array(text.unicodeScalars))")
        }
    }

    @Test("line breaks inside quoted fields are counted, CRLF once")
    func lineBreaksInside() {
        var scanner = CSVScanner(bytes: Array("\"a\r\nb\rc\nd\",\"e\n\"\nx".utf8))
        #expect(scanner.nextRow()?.lineBreaksInside == 4)
        #expect(scanner.nextRow()?.lineBreaksInside == 0)
        #expect(scanner.nextRow() == nil)
    }
}
