import MarketData
import Testing

@testable import Strategy

/// Properties of issue 5 checked on generated three-year series for several seeds.
@Suite("Engine properties on generated data")
struct EnginePropertyTests {
    static let seeds: [UInt64] = [1, 7, 42, 2024]

    static func runs(seed: UInt64, parameters: EngineParameters = .defaults) -> [ProfileRun] {
        StrategyEngine(parameters: parameters).runAll(series: TestMarkets.generated(seed: seed, sessions: 756))
    }

    @Test(arguments: seeds)
    func everyNumberIsFinite(seed: UInt64) {
        for run in Self.runs(seed: seed) {
            #expect(run.records.count == 756)
            for record in run.records {
                let finite = EngineTestSupport.numbers(in: record).allSatisfy { $0.isFinite }
                #expect(finite, "\(record.date)")
            }
            #expect(run.metrics.cagr.isFinite && run.metrics.annualisedVolatility.isFinite)
        }
    }

    @Test(arguments: seeds)
    func equityIdentityHoldsToTheCent(seed: UInt64) {
        for run in Self.runs(seed: seed) {
            for record in run.records {
                let unrealised = record.position?.unrealisedPnl ?? 0
                let hedges = record.hedges.filter(\.isHeld).reduce(0) { $0 + $1.value }
                #expect(abs(record.equity - (record.cash + unrealised + hedges)) < 0.005, "\(record.date)")
                #expect(abs(record.hedgeValue - hedges) < 0.005)
                if let p = record.position {
                    #expect(abs(p.unrealisedPnl - (p.credit - p.value) * 100 * p.contracts) < 0.005)
                }
            }
        }
    }

    @Test(arguments: seeds)
    func cashIsStartingCapitalPlusEverythingRealised(seed: UInt64) {
        for run in Self.runs(seed: seed) {
            guard let last = run.records.last else { continue }
            let closed = run.trades.reduce(0) { $0 + $1.pnl }
            let openCosts = last.position?.costs ?? 0
            var hedgeFlows = 0.0
            for record in run.records {
                for hedge in record.hedges {
                    switch hedge.status {
                    case .opened: hedgeFlows -= hedge.premium * 100 * hedge.contracts + hedge.costs
                    case .closed: hedgeFlows += hedge.value - hedge.costs / 2
                    case .settled: hedgeFlows += hedge.value
                    case .open: break
                    }
                }
            }
            let expected = 100_000 + closed - openCosts + hedgeFlows
            #expect(abs(last.cash - expected) < 0.005, "\(run.profile)")
        }
    }

    @Test(arguments: seeds)
    func positionsAreWellFormed(seed: UInt64) {
        for run in Self.runs(seed: seed) {
            for record in run.records {
                guard let p = record.position else { continue }
                let lp = p.leg(.put, .long)?.strike ?? 0, sp = p.leg(.put, .short)?.strike ?? 0
                let sc = p.leg(.call, .short)?.strike ?? 0, lc = p.leg(.call, .long)?.strike ?? 0
                #expect(p.legs.count == 4)
                #expect(0 < lp && lp < sp && sp < sc && sc < lc)
                for strike in [lp, sp, sc, lc] { #expect(strike.truncatingRemainder(dividingBy: 5) == 0) }
                #expect(sp - lp == p.wingWidth && lc - sc == p.wingWidth)
                #expect(p.credit > 0 && p.credit < p.wingWidth)
                #expect(abs(p.maxLoss - (p.wingWidth - p.credit) * 100 * p.contracts) < 1e-6)
                #expect(p.breakevens == [sp - p.credit, sc + p.credit])
                #expect(p.dte == p.expiration - record.date)
                #expect(NYSECalendar.isSession(p.expiration) && SPXExpirations.isExpiration(p.expiration))
                #expect(p.expiration > p.openDate)
                if p.openDate == record.date {
                    #expect(sp < record.spot && record.spot < sc)
                    let wing = max((record.spot * 0.02 / 5).rounded(.toNearestOrAwayFromZero), 1) * 5
                    #expect(p.wingWidth == wing)
                    let target = p.layer == 2 ? 14 : 35
                    #expect(p.expiration == SPXExpirations.closest(toCalendarDays: target, after: record.date))
                    #expect(abs(p.unrealisedPnl) < 1e-6 && abs(p.erosion) < 1e-9)
                }
            }
        }
    }

    @Test(arguments: seeds)
    func entriesRiskThirtyPercentOfCash(seed: UInt64) {
        for run in Self.runs(seed: seed) {
            for record in run.records {
                guard let allocation = record.firing(.capitalAllocation), let cash = allocation.input("cash"),
                    let p = record.position, p.openDate == record.date
                else { continue }
                #expect(abs(p.maxLoss - 0.30 * cash) < 1e-6)
                #expect(abs(record.cash - (cash - p.costs)) < 1e-6 || record.rules.contains(.entry))
                #expect(abs(p.costs - 4 * p.contracts * 10.65) < 1e-9)
            }
        }
    }

    @Test(arguments: [UInt64(3), 11])
    func wholeContractsNeverRiskMoreThanThirtyPercent(seed: UInt64) {
        var configuration = EngineParameters.defaults
        configuration.strategy.wholeContracts = true
        for run in Self.runs(seed: seed, parameters: configuration) {
            var entries = 0
            for record in run.records {
                guard let allocation = record.firing(.capitalAllocation), let cash = allocation.input("cash"),
                    let p = record.position, p.openDate == record.date
                else { continue }
                entries += 1
                #expect(p.contracts == p.contracts.rounded(.down) && p.contracts >= 1)
                #expect(p.maxLoss <= 0.30 * cash + 1e-9)
                #expect(p.maxLoss + (p.wingWidth - p.credit) * 100 > 0.30 * cash)
            }
            #expect(entries > 0)
        }
    }

    @Test(arguments: seeds)
    func layersFollowTheVIX(seed: UInt64) {
        for run in Self.runs(seed: seed) {
            for record in run.records {
                if record.warmup || run.profile == .staticBaseline {
                    #expect(record.layer == 0)
                    continue
                }
                if record.vix >= 18 { #expect(record.layer >= 1, "\(record.date) \(record.vix)") }
                if record.vix >= 25 { #expect(record.layer == 2, "\(record.date) \(record.vix)") }
                if record.vix < 16, record.layer >= 1 {
                    // Still active only while fewer than three consecutive closes sat below 16.
                    #expect(!record.rules.contains(.alvhLayer1))
                }
            }
        }
    }

    @Test(arguments: seeds)
    func staticNeverRecentersOrHedges(seed: UInt64) {
        let run = Self.runs(seed: seed)[2]
        #expect(run.profile == .staticBaseline)
        let forbidden: Set<RuleID> = [
            .breakevenBreach, .invariantBand, .macdConfirmation, .alvhLayer1, .alvhLayer2, .alvhWiden, .timeShift,
            .alvhStandDown, .breadthDivergence, .temporalTheta, .eventWindow,
        ]
        for record in run.records {
            #expect(Set(record.rules).isDisjoint(with: forbidden))
            #expect(record.hedges.isEmpty && record.layer == 0)
        }
        #expect(run.trades.allSatisfy { [.expiry, .stopLoss, .profitTarget, .timeExit].contains($0.reason) })
        #expect(run.metrics.hedgeCount == 0)
    }

    @Test(arguments: seeds)
    func promoterNeverHedgesStewardHedgesEachActivation(seed: UInt64) {
        let runs = Self.runs(seed: seed)
        let steward = runs[0], promoter = runs[1]
        #expect(promoter.records.allSatisfy { $0.hedges.isEmpty && $0.hedgeValue == 0 })
        let activations = steward.metrics.count(of: .alvhLayer1) + steward.metrics.count(of: .alvhLayer2)
        #expect(steward.metrics.hedgeCount == activations)
        #expect(activations > 0)
        // Both profiles see the same layers.
        #expect(steward.records.map(\.layer) == promoter.records.map(\.layer))
    }

    @Test(arguments: seeds)
    func managementOrderAndTiming(seed: UInt64) {
        for run in Self.runs(seed: seed) {
            #expect(run.trades.allSatisfy { $0.closeDate > $0.openDate })
            for record in run.records {
                #expect(record.rules.count == record.explanations.count)
                #expect(record.explanations.allSatisfy { $0.hasSuffix(".") && !$0.contains("nan") })
                let exits = record.rules.filter { [.expiry, .stopLoss, .profitTarget, .timeExit].contains($0) }
                #expect(exits.count <= 1)
                if !exits.isEmpty {
                    #expect(!record.rules.contains(.entry) && record.position == nil)
                }
                if record.warmup { #expect(record.rules.isEmpty && record.position == nil) }
            }
            // Flat after the warm-up only on an exit day or after a refused entry.
            for (index, record) in run.records.enumerated() where !record.warmup && record.position == nil {
                let refused = record.rules.contains(.entry) || record.rules.contains(.capitalAllocation)
                let exited = record.rules.contains { [.expiry, .stopLoss, .profitTarget, .timeExit].contains($0) }
                #expect(refused || exited, "flat without reason on \(record.date) (\(index))")
            }
        }
    }

    @Test(arguments: [UInt64(5)])
    func runsAreDeterministicAndShareSignals(seed: UInt64) {
        let series = TestMarkets.generated(seed: seed, sessions: 400)
        let all = EngineTestSupport.engine.runAll(series: series)
        #expect(all.map(\.profile) == [.steward, .promoter, .staticBaseline])
        for run in all {
            #expect(EngineTestSupport.engine.run(series: series, profile: run.profile) == run)
        }
        #expect(EngineTestSupport.engine.runAll(series: series) == all)
    }
}
