import Foundation
import MarketData
import Publishing
import Testing

@testable import Strategy

@Suite("Outcome export")
struct OutcomeExportTests {
    static let run = EngineTestSupport.engine.run(series: ScenarioTests.spike, profile: .steward)

    @Test func jsonIsOneSortedObjectPerLine() throws {
        let json = OutcomeExport.json(Self.run.records, wording: RuleExplanation.wording)
        let lines = json.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "[" && lines.dropLast().last == "]" && lines.last == "")
        #expect(lines.count == Self.run.records.count + 3)
        #expect(lines[1].hasPrefix("{\"cash\":100000,\"date\":\"2015-01-02\",\"equity\":100000,\"explanations\":[]"))
        #expect(lines[1].contains("\"position\":null,\"profile\":\"steward\",\"rules\":[]"))
        #expect(json == OutcomeExport.json(Self.run.records, wording: RuleExplanation.wording))
        #expect(OutcomeExport.json([], wording: RuleExplanation.wording) == "[]\n")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == Self.run.records.count)
        let day40 = objects[40]
        #expect(day40["rules"] as? [String] == Self.run.records[40].rules.map(\.rawValue))
        #expect(day40["explanations"] as? [String] == Self.run.records[40].explanations)
        let hedges = try #require(day40["hedges"] as? [[String: Any]])
        #expect(hedges.compactMap { $0["longStrike"] as? Double } == [41, 41])
        let legs = try #require((day40["position"] as? [String: Any])?["legs"] as? [[String: Any]])
        #expect(legs.compactMap { $0["strike"] as? Double } == [1720, 1760, 2150, 2190])
    }

    @Test func jsonFieldsFollowTheSpecification() throws {
        let json = OutcomeExport.json([Self.run.records[40]], wording: RuleExplanation.wording)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        ).first
        let record = try #require(object)
        for key in ["date", "profile", "spot", "vix", "layer", "position", "rules", "explanations", "equity", "hedges"]
        {
            #expect(record[key] != nil, "missing \(key)")
        }
        let position = try #require(record["position"] as? [String: Any])
        for key in [
            "expiration", "contracts", "legs", "credit", "maxLoss", "breakevens", "greeks", "invariant",
            "erosion", "band", "dte", "value", "unrealisedPnl", "distancePercent", "distanceSigmas",
        ] {
            #expect(position[key] != nil, "missing position.\(key)")
        }
        let leg = try #require((position["legs"] as? [[String: Any]])?.first)
        #expect(Set(leg.keys) == ["kind", "side", "strike", "iv", "price", "delta", "source"])
        #expect(leg["source"] as? String == "model")
        #expect(leg["kind"] as? String == "put" && leg["side"] as? String == "long")
        #expect(
            record["rules"] as? [String] == [
                "alvh-layer-1", "alvh-layer-2", "entry", "time-shift", "alvh-widen", "capital-allocation",
            ])
        // Money is written with at most two decimals.
        let equity = try #require(record["equity"] as? Double)
        #expect(equity == Rounding.places(Self.run.records[40].equity, 2))
    }
}

@Suite("Profile metrics")
struct ProfileMetricsTests {
    @Test(arguments: [UInt64(7), 42])
    func metricsAgreeWithTheRecords(seed: UInt64) throws {
        for run in EngineTestSupport.engine.runAll(series: TestMarkets.generated(seed: seed, sessions: 756)) {
            let metrics = run.metrics
            let last = try #require(run.records.last)
            #expect(metrics.equityCurve.first?.date == run.records[34].date)
            #expect(metrics.startEquity == 100_000 && metrics.endEquity == last.equity)
            #expect(metrics.equityCurve.count == run.records.count - 34)
            #expect(metrics.tradeCount == run.trades.count)
            #expect(metrics.totalCosts == last.totalCosts)
            let fired = run.records.reduce(0) { $0 + $1.rules.count }
            #expect(metrics.ruleStatistics.values.reduce(0) { $0 + $1.firingCount } == fired)
            #expect(Set(metrics.ruleStatistics.keys) == Set(RuleID.allCases))
            #expect(metrics.winRate.map { (0...1).contains($0) } ?? false)
            let wins = Double(run.trades.filter { $0.pnl > 0 }.count) / Double(run.trades.count)
            #expect(metrics.winRate == wins)
            let held = Double(run.trades.reduce(0) { $0 + $1.daysHeld }) / Double(run.trades.count)
            #expect(metrics.averageDaysHeld == held)
            #expect(metrics.maxDrawdown.map { $0.depth >= 0 && $0.depth <= 1 } ?? true)
            #expect(abs(metrics.totalReturn - (last.equity / 100_000 - 1)) < 1e-12)
            // The XIRR flows add up to the profit of the whole run.
            var simulation = ProfileSimulation(
                profile: run.profile, engineParameters: .defaults,
                days: TestMarkets.generated(seed: seed, sessions: 756).days,
                signals: SignalSet(series: TestMarkets.generated(seed: seed, sessions: 756), parameters: .defaults))
            _ = simulation.run()
            let flows = MetricsCalculator(simulation: simulation).cashFlows()
            #expect(abs(flows.reduce(0) { $0 + $1.amount } - (last.equity - 100_000)) < 1e-6)
            #expect(metrics.moneyWeightedReturn != nil)
        }
    }
}
