import Foundation
import Testing

@testable import MarketData

@Suite("Sample market generator")
struct SampleMarketTests {
    private func market(seed: UInt64, _ from: String, _ to: String) throws -> SampleMarket {
        SampleMarketGenerator(seed: seed).generate(from: try isoDate(from), to: try isoDate(to))
    }

    @Test("the same seed gives identical files; another seed does not")
    func determinism() throws {
        let first = try market(seed: 42, "2023-01-03", "2025-12-31")
        let second = try market(seed: 42, "2023-01-03", "2025-12-31")
        #expect(first == second)
        #expect(first.csvFiles.map(\.text) == second.csvFiles.map(\.text))
        let other = try market(seed: 43, "2023-01-03", "2025-12-31")
        #expect(other.spxCSV != first.spxCSV)
        #expect(other.eventsCSV == first.eventsCSV)
    }

    @Test("ten-year statistics look like the real market", arguments: [1, 2, 3, 4, 5, 42] as [UInt64])
    func longRunStatistics(seed: UInt64) throws {
        let statistics = SampleStatistics(try market(seed: seed, "2030-01-01", "2039-12-31"))
        #expect((15...20).contains(statistics.meanVIX), "\(statistics)")
        #expect((0.55...0.80).contains(statistics.realisedVolatility / (statistics.meanVIX / 100)), "\(statistics)")
        #expect(statistics.daysAbove35 >= 1, "\(statistics)")
        #expect(statistics.returnVIXCorrelation < -0.5, "\(statistics)")
        #expect(statistics.minVIX >= 9)
    }

    @Test("the drift averages about 7 % a year across seeds")
    func drift() throws {
        let growths = try (1...8).map { seed in
            SampleStatistics(try market(seed: UInt64(seed), "2030-01-01", "2039-12-31")).annualGrowth
        }
        let mean = growths.reduce(0, +) / Double(growths.count)
        #expect((0.04...0.10).contains(mean), "\(growths)")
    }

    @Test("rows are exactly the NYSE sessions of the range")
    func datesAreSessions() throws {
        let sample = try market(seed: 9, "2024-03-25", "2025-01-10")
        let expected = NYSECalendar.sessions(from: try isoDate("2024-03-25"), to: try isoDate("2025-01-10"))
        #expect(sample.days.map(\.date) == expected)
        #expect(sample.events.allSatisfy { NYSECalendar.isSession($0.date) })
        let first = try #require(expected.first)
        let last = try #require(expected.last)
        #expect(sample.events.allSatisfy { $0.date >= first && $0.date <= last })
        #expect(sample.events.count == 24)  // six FOMC days, nine months of CPI and PPI
    }

    @Test("OHLC bars are consistent and positive; breadth and rates are plausible")
    func barsBreadthAndRates() throws {
        let sample = try market(seed: 5, "2020-01-01", "2029-12-31")
        for day in sample.days {
            #expect(day.spxHigh >= max(day.spxOpen, day.spxClose), "\(day.date)")
            #expect(day.spxLow <= min(day.spxOpen, day.spxClose), "\(day.date)")
            #expect(day.spxLow > 0 && day.spxVolume > 0, "\(day.date)")
            #expect(day.vixHigh >= max(day.vixOpen, day.vixClose), "\(day.date)")
            #expect(day.vixLow <= min(day.vixOpen, day.vixClose), "\(day.date)")
            #expect(day.vixLow > 0, "\(day.date)")
            #expect((2800...3100).contains(day.advances + day.declines), "\(day.date)")
            #expect(day.advances >= 0 && day.declines >= 0, "\(day.date)")
            #expect((2.0...7.0).contains(day.ratePercent), "\(day.date)")
        }
        let rateSteps = zip(sample.days.dropFirst(), sample.days).map { abs($0.ratePercent - $1.ratePercent) }
        #expect((rateSteps.max() ?? 1) < 0.2)
        let returns = zip(sample.days.dropFirst(), sample.days).map { log($0.spxClose / $1.spxClose) }
        let netBreadth = sample.days.dropFirst().map {
            Double($0.advances - $0.declines) / Double($0.advances + $0.declines)
        }
        #expect(SampleStatistics.correlation(returns, netBreadth) > 0.7)
    }

    @Test("CSV headers and row layouts are exactly as the readers expect")
    func csvLayouts() throws {
        let sample = try market(seed: 42, "2023-01-03", "2023-01-06")
        #expect(sample.csvFiles.map(\.name) == ["spx.csv", "vix.csv", "breadth.csv", "events.csv", "rates.csv"])
        let spx = sample.spxCSV.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(spx.first == "Date,Open,High,Low,Close,Volume")
        #expect(spx.count == 1 + 4 + 1)  // header, four sessions, empty after the final newline
        #expect(spx.last == "")
        let vix = sample.vixCSV.split(separator: "\n")
        #expect(vix.first == "DATE,OPEN,HIGH,LOW,CLOSE")
        let vixRow = vix[1].split(separator: ",")
        #expect(vixRow[0] == "01/03/2023")
        #expect(vixRow.dropFirst().allSatisfy { $0.split(separator: ".").last?.count == 6 })
        #expect(sample.breadthCSV.hasPrefix("Date,Advances,Declines\n2023-01-03,"))
        #expect(sample.ratesCSV.hasPrefix("Date,Rate\n2023-01-03,"))
        #expect(sample.eventsCSV == "Date,Event,Kind\n")
        let january = try market(seed: 42, "2023-01-09", "2023-01-13")
        #expect(january.eventsCSV == """
            Date,Event,Kind
            2023-01-10,CPI report (December data),CPI
            2023-01-11,PPI report (December data),PPI

            """)
        for file in sample.csvFiles {
            #expect(!file.text.contains("#") && !file.text.contains("\r"), "\(file.name)")
        }
    }

    @Test("the engine's series carries the same closes the files hold")
    func seriesMatchesRows() throws {
        let sample = try market(seed: 42, "2024-01-02", "2024-02-29")
        let series = sample.series
        #expect(series.days.count == sample.days.count)
        for (day, row) in zip(series.days, sample.days) {
            #expect(day.date == row.date && day.spx == row.spxClose && day.vix == row.vixClose)
            #expect(day.advances == Double(row.advances) && day.ratePercent == row.ratePercent)
        }
        #expect(series.events == sample.events)
    }

    @Test("a range without sessions gives an empty market")
    func emptyRange() throws {
        #expect(try market(seed: 1, "2024-01-06", "2024-01-07").days.isEmpty)
        #expect(try market(seed: 1, "2024-02-01", "2024-01-01").days.isEmpty)
    }

    @Test("the bundled Content/data sample is what seed 42 generates")
    func bundledSampleIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = root.appendingPathComponent("Content/data")
        let sample = try market(seed: 42, "2023-01-03", "2025-12-31")
        for file in sample.csvFiles {
            let stored = try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(stored == file.text, "Content/data/\(file.name) is stale: run condorpress sample-data")
        }
    }
}
