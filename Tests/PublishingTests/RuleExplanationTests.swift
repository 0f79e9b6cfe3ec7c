import MarketData
import Strategy
import Testing

@testable import Publishing

/// Publishing words every firing the engine records, over ten generated years and every
/// configuration extreme: one finished sentence, every number finite, every rule fired.
@Suite("Rule explanations worded by Publishing")
struct RuleExplanationTests {
    /// Ten years of generated sessions (seed 11), long enough for every rule to fire.
    static let decade: MarketSeries = {
        guard let start = CalendarDate(iso: "2010-01-04"), let end = CalendarDate(iso: "2019-12-31") else {
            return MarketSeries(days: [])
        }
        let sample = SampleMarketGenerator(seed: 11).generate(from: start, to: end)
        let contents = Dictionary(uniqueKeysWithValues: sample.csvFiles.map { ($0.name, $0.text) })
        return (try? MarketDataLoader.load(contents: contents).series) ?? MarketSeries(days: [])
    }()

    /// Every firing of every profile under `parameters` on `series`.
    static func firings(_ series: MarketSeries, _ parameters: EngineParameters = .defaults) -> [RuleFiring] {
        StrategyEngine(parameters: parameters).runAll(series: series).flatMap { $0.records.flatMap(\.firings) }
    }

    @Test("every firing of ten generated years is one finished sentence, and every rule fires")
    func decadeOfFirings() throws {
        var holdToExpiry = EngineParameters.defaults
        holdToExpiry.strategy.exitDTE = 0
        let firings = Self.firings(Self.decade) + Self.firings(Self.decade, holdToExpiry)
        #expect(firings.count > 1_000)
        for firing in firings {
            Self.expectFinishedSentence(RuleExplanation.sentence(for: firing))
        }
        let fired = Set(firings.map(\.id))
        #expect(RuleID.allCases.filter { !fired.contains($0) } == [])
    }

    @Test(
        "every firing under each configuration extreme is one finished sentence",
        arguments: ConfigurationExtremesTests.extremes)
    func extremeFirings(_ extreme: ConfigurationExtremesTests.Extreme) throws {
        guard Configuration.problems(inYAML: extreme.yaml, fileName: "condorpress.yml").isEmpty else { return }
        let configuration = try Configuration(yaml: extreme.yaml, fileName: "condorpress.yml")
        for firing in Self.firings(ConfigurationExtremesTests.market, configuration.engine) {
            Self.expectFinishedSentence(RuleExplanation.sentence(for: firing))
        }
    }

    /// A sentence starting with a capital or a digit, ending in a full stop, with no non-finite
    /// number and no doubled space.
    static func expectFinishedSentence(_ sentence: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sentence.first?.isLowercase == false, "\(sentence)", sourceLocation: sourceLocation)
        #expect(sentence.hasSuffix("."), "\(sentence)", sourceLocation: sourceLocation)
        for bad in ["nan", "inf", "n/a", "  "] {
            #expect(!sentence.lowercased().contains(bad), "\(sentence)", sourceLocation: sourceLocation)
        }
    }

    @Test("the wording of each kind of reason")
    func wording() throws {
        let expiration = try #require(CalendarDate(iso: "2024-03-15"))
        let strikes = CondorStrikes(longPut: 4_000, shortPut: 4_100, shortCall: 4_900, longCall: 5_000)
        let cases: [(RuleReason, String)] = [
            (
                .entry(
                    occasion: .rebuilding(layer: 2, closedAt: 3.456), contracts: 7.984, expiration: expiration,
                    days: 1, strikes: strikes, credit: 12.5, wingWidth: 100, spot: 4_512.345, vix: 31.2),
                "Rebuilding under layer 2 after closing the old condor at 3.46, opened 7.98 iron condors expiring "
                    + "2024-03-15 (1 day), puts 4,000/4,100 and calls 4,900/5,000, for a credit of 12.50 index points "
                    + "per condor on a wing of 100 points, with the SPX at 4,512.35 and the VIX at 31.20."
            ),
            (
                .creditOutsideWing(credit: 101.25, wingWidth: 100),
                "No condor opened: the credit of 101.25 index points is not between 0 and the wing width of 100 "
                    + "points, so the next session tries again."
            ),
            (
                .stopLoss(costToClose: 30, credit: 10, stopMultiple: 2),
                "Cost to close 30.00 index points per condor reached the stop at 3 × the 10.00-point credit (30.00 index points)."
            ),
            (
                .layerStoodDown(layer: 1, vix: 14.2, level: 15, closes: 3, hedge: .sold(price: 0.4, premium: 1.1)),
                "The VIX closed at 14.20, the 3rd close in a row below 15, so ALVH layer 1 stands down and its "
                    + "hedge is sold at 0.40 VIX points per spread against 1.10 VIX points paid."
            ),
            (
                .layerActivated(layer: 1, vix: 22, threshold: 20, hedge: .skipped(premium: 0, budget: 0)),
                "The VIX closed at 22.00, at or above 20, so ALVH layer 1 activates and buys no hedge, as the "
                    + "hedge budget is 0.00 USD."
            ),
        ]
        for (reason, sentence) in cases {
            #expect(RuleExplanation.sentence(for: reason) == sentence)
        }
    }
}
