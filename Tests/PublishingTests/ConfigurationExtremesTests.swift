import MarketData
import Testing

import Strategy

@testable import Publishing

/// Every numeric key of `condorpress.yml` at each end of its accepted range (just inside an open
/// end) still runs the engine without a trap, and every number it records formats as text.
///
/// The ranges are declared once, in ``ConfigurationSchema``; this test reads them from there, so a
/// range widened later is tested at its new ends.
@Suite("Configuration at the ends of its ranges")
struct ConfigurationExtremesTests {
    /// One key set to one end of its range.
    struct Extreme: CustomTestStringConvertible, Sendable {
        let section: [String]
        let name: String
        let value: String

        var testDescription: String { (section + [name]).joined(separator: ".") + ": " + value }

        /// The YAML that sets only this key.
        var yaml: String {
            var text = ""
            for (depth, part) in section.enumerated() {
                text += String(repeating: "  ", count: depth) + part + ":\n"
            }
            return text + String(repeating: "  ", count: section.count) + name + ": " + value + "\n"
        }
    }

    /// Both ends of every numeric key's range.
    static var extremes: [Extreme] {
        ConfigurationSchema.keys.flatMap { key -> [Extreme] in
            let values: [String]
            switch key.accessor {
            case .number(_, let bounds):
                values = [
                    bounds.lower.map {
                        NumberText.trimmed(bounds.lowerInclusive ? $0 : $0 + max(abs($0), 1) * 1e-6, maxPlaces: 12)
                    },
                    bounds.upper.map {
                        NumberText.trimmed(bounds.upperInclusive ? $0 : $0 - max(abs($0), 1) * 1e-6, maxPlaces: 12)
                    },
                ].compactMap { $0 }
            case .integer(_, let range):
                values = [String(range.lowerBound), String(range.upperBound)]
            case .flag, .text, .address:
                values = []
            }
            return values.map { Extreme(section: key.section, name: key.name, value: $0) }
        }
    }

    @Test("the engine runs and its numbers format", arguments: extremes)
    func engineRuns(_ extreme: Extreme) throws {
        let problems = Configuration.problems(inYAML: extreme.yaml, fileName: "condorpress.yml")
        // An end that contradicts another key's default (layer2Threshold below layer1Threshold, say)
        // is refused as a pair; the key's own range must never be the reason.
        #expect(
            problems.allSatisfy {
                !$0.message.contains("expected a number between")
                    && !$0.message.contains("expected a whole number between") && !$0.message.contains("greater than")
            }, "\(problems)")
        guard problems.isEmpty else { return }
        let configuration = try Configuration(yaml: extreme.yaml, fileName: "condorpress.yml")
        let runs = StrategyEngine(parameters: configuration.engine).runAll(series: Self.market)
        for run in runs {
            #expect(run.records.count == Self.market.days.count && !Self.market.days.isEmpty)
            // Every number of every record is rounded and written as text.
            #expect(!OutcomeExport.json(run.records, wording: RuleExplanation.wording).contains("{}"))
        }
    }

    /// About sixty sessions of the bundled sample: the default warm-up and a month of trading.
    static let market: MarketSeries = {
        guard let start = CalendarDate(iso: "2024-01-02"), let end = CalendarDate(iso: "2024-03-29") else {
            return MarketSeries(days: [])
        }
        let sample = SampleMarketGenerator(seed: 11).generate(from: start, to: end)
        let contents = Dictionary(uniqueKeysWithValues: sample.csvFiles.map { ($0.name, $0.text) })
        return (try? MarketDataLoader.load(contents: contents).series) ?? MarketSeries(days: [])
    }()
}
