import MarketData
import Testing

@testable import Strategy

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
        let runs = StrategyEngine(configuration: configuration).runAll(series: Self.market)
        for run in runs {
            #expect(run.records.count == Self.market.days.count)
            for record in run.records {
                for number in EngineTestSupport.numbers(in: record) {
                    #expect(!NumberText.fixed(number, places: 2).isEmpty)
                }
            }
        }
    }

    /// Sixty sessions: the default warm-up and a month of trading.
    static let market = TestMarkets.generated(seed: 11, sessions: 60)
}
