import Testing

@testable import Charts

/// Time axes tick at calendar boundaries.
@Suite("Time axis")
struct TimeAxisTests {
    /// ISO dates for every weekday from `year`-01-01 for `days` calendar days (a simple stand-in for sessions).
    static func dates(from year: Int, years: Int) -> [String] {
        var result: [String] = []
        for y in year..<(year + years) {
            for month in 1...12 {
                for day in [2, 9, 16, 23] {
                    result.append("\(y)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)")
                }
            }
        }
        return result
    }

    @Test("36 years on a phone-sized plot tick at years divisible by 10; labels are years")
    func decades() {
        let ticks = TimeAxis.ticks(Self.dates(from: 1990, years: 36), plotWidth: 400)
        #expect(ticks.map(\.label) == ["2000", "2010", "2020"])
        // Each tick sits on the first date of its year.
        let dates = Self.dates(from: 1990, years: 36)
        #expect(ticks.allSatisfy { dates[Int($0.value)].hasSuffix("-01-02") })
    }

    @Test("a year ticks at quarters or months; category labels keep the old spread")
    func shorterSpans() {
        let year = TimeAxis.ticks(Array(Self.dates(from: 2024, years: 1)), plotWidth: 400)
        #expect(year.map(\.label).allSatisfy { $0.hasPrefix("2024-") })
        #expect(year.count >= 3)
        let groups = TimeAxis.ticks(["0.70–0.90", "0.90–0.95", "0.95–0.98"], plotWidth: 400)
        #expect(groups.map(\.label) == ["0.70–0.90", "0.90–0.95", "0.95–0.98"])
    }
}
