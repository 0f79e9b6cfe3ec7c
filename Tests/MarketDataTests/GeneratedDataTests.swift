import Testing

@testable import MarketData

/// Properties over generated files: what goes in as text comes out as trading days.
@Suite("Generated data")
struct GeneratedDataTests {
    /// A small deterministic generator (64-bit LCG), so failures reproduce.
    private struct Generator {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// `count` weekdays from 2000-01-03 with a price path, written in a mix of date styles and line ends.
    private func files(count: Int, seed: UInt64) -> (files: [String: String], closes: [Int]) {
        var generator = Generator(state: seed)
        var spx = ["Date,Close"], vix = ["DATE,OPEN,HIGH,LOW,CLOSE"]
        var closes: [Int] = []
        var date = CalendarDate(daysSinceEpoch: 10_959)  // 2000-01-03, a Monday
        var close = 1_400
        for _ in 0..<count {
            while date.isWeekend { date = date.adding(days: 1) }
            close = max(100, close + generator.next(below: 41) - 20)
            closes.append(close)
            let (y, m, d) = date.components
            let styles = [date.iso, "\(m)/\(d)/\(y)", (m < 10 ? "0" : "") + "\(m)/" + (d < 10 ? "0" : "") + "\(d)/\(y)"]
            spx.append("\(styles[generator.next(below: 3)]),\(close)")
            vix.append("\"\(date.iso)\",20,21,19,\(19 + generator.next(below: 3))")
            date = date.adding(days: 1)
        }
        let lineEnd = seed.isMultiple(of: 2) ? "\n" : "\r\n"
        return (["spx.csv": spx.joined(separator: lineEnd) + lineEnd, "vix.csv": vix.joined(separator: lineEnd)], closes)
    }

    @Test("every generated row becomes a trading day with its close", arguments: [1, 2, 3, 4] as [UInt64])
    func roundTrip(seed: UInt64) throws {
        let (input, closes) = files(count: 500, seed: seed)
        let data = try MarketDataLoader.load(contents: input)
        #expect(data.series.days.map(\.spx) == closes.map(Double.init))
        #expect(data.series.days.count == 500)
        #expect(zip(data.series.days, data.series.days.dropFirst()).allSatisfy { $0.date < $1.date })
    }

    @Test("lenient mode skips exactly the corrupted rows and keeps all others", arguments: [5, 6, 7] as [UInt64])
    func lenientSkipsCorruptedRows(seed: UInt64) throws {
        var (input, closes) = files(count: 300, seed: seed)
        var lines = input["spx.csv", default: ""]
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        var generator = Generator(state: seed)
        var corrupted = Set<Int>()
        for _ in 0..<20 { corrupted.insert(1 + generator.next(below: 300)) }
        for index in corrupted {
            lines[index] = lines[index].replacingLastField(with: "abc")
        }
        input["spx.csv"] = lines.joined(separator: "\n")
        let data = try MarketDataLoader.load(contents: input, lenient: true)
        #expect(data.warnings.map(\.line) == corrupted.sorted().map { $0 + 1 })
        #expect(data.series.days.count == 300 - corrupted.count)
        let kept = closes.enumerated().filter { !corrupted.contains($0.offset + 1) }.map { Double($0.element) }
        #expect(data.series.days.map(\.spx) == kept)
        #expect(issues(input).filter { $0.line != nil }.count == corrupted.count)
    }
}

extension String {
    /// The line with its last comma-separated field replaced.
    fileprivate func replacingLastField(with field: String) -> String {
        guard let comma = lastIndex(of: ",") else { return self }
        return String(self[...comma]) + field
    }
}
