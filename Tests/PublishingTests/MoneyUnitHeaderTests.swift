import Foundation
import Testing

/// Every table header that heads money says its unit, on every page of the built sample.
@Suite("Money columns name their units")
struct MoneyUnitHeaderTests {
    /// Words that make a header a money header.
    static let moneyWords = [
        "equity", "p&amp;l", "p&l", "paid", "premium", "credit", "loss", "cost", "price", "value", "cash", "proceeds",
    ]
    /// How a header names its unit.
    static let units = ["usd", "index points", "vix points", "%", "points per"]

    /// The text of every `<th>` in `html`, tags inside it removed.
    static func headers(in html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<th") {
            guard let start = rest[open.upperBound...].firstIndex(of: ">"),
                let close = rest[start...].range(of: "</th>")
            else { break }
            let inner = rest[rest.index(after: start)..<close.lowerBound]
            result.append(inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression))
            rest = rest[close.upperBound...]
        }
        return result
    }

    /// Whether `header` heads money without saying in what.
    static func lacksUnit(_ header: String) -> Bool {
        let lower = header.lowercased()
        guard moneyWords.contains(where: { lower.contains($0) }) else { return false }
        return !units.contains { lower.contains($0) }
    }

    @Test("the check itself: money headers without a unit are found, others pass")
    func detector() {
        #expect(Self.headers(in: "<table><tr><th scope=\"col\">Paid</th><th>Date</th></tr></table>") == ["Paid", "Date"])
        #expect(Self.lacksUnit("Paid"))
        #expect(Self.lacksUnit("Model value"))
        #expect(Self.lacksUnit("Equity"))
        #expect(!Self.lacksUnit("Paid per spread (USD)"))
        #expect(!Self.lacksUnit("Equity change 5 sessions later (%)"))
        #expect(!Self.lacksUnit("Model price (index points per option)"))
        #expect(!Self.lacksUnit("Layer"))
    }

    @Test("every table header with money in it on the built sample names its unit")
    func sampleSite() throws {
        let output = try BundledSampleSite.output.get()
        let files = try #require(FileManager.default.enumerator(atPath: output.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".html") }
        #expect(files.count > 700)
        var missing: Set<String> = []
        var moneyHeaders = 0
        for file in files {
            let html = String(decoding: try Data(contentsOf: output.appendingPathComponent(file)), as: UTF8.self)
            for header in Self.headers(in: html) {
                if Self.moneyWords.contains(where: { header.lowercased().contains($0) }) { moneyHeaders += 1 }
                if Self.lacksUnit(header) { missing.insert("\(header) (first seen in \(file))") }
            }
        }
        #expect(missing.isEmpty, "\(missing.sorted().prefix(10))")
        #expect(moneyHeaders > 1_000)
    }
}
