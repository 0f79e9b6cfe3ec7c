import Foundation
import MarketData
import TestSupport
import Testing

@testable import Strategy

/// ``XIRRGrid`` must choose exactly the bracket of a left-to-right scan of the whole grid, which is
/// how ``PerformanceMath/xirr(cashFlows:)`` used to search; the scan is kept here as the reference.
@Suite struct XIRRGridTests {
    /// The full left-to-right scan (the former body of `xirr`), returning the same outcome type.
    static func referenceScan(
        limit: Double, step: Double, guess: Double, presentValue: (Double) -> Double
    ) -> XIRRGrid.Outcome {
        func nearer(_ candidate: (Double, Double), _ current: (low: Double, high: Double)?) -> (
            low: Double, high: Double
        ) {
            guard let current else { return (candidate.0, candidate.1) }
            let candidateDistance = abs((candidate.0 + candidate.1) / 2 - guess)
            let currentDistance = abs((current.low + current.high) / 2 - guess)
            return candidateDistance < currentDistance ? (candidate.0, candidate.1) : current
        }
        var best: (low: Double, high: Double)?
        var previousX = -limit
        var previousValue = presentValue(previousX)
        if previousValue == 0 { return .root(previousX) }
        var x = -limit + step
        while x <= limit + step / 2 {
            let value = presentValue(x)
            if value == 0 {
                best = nearer((x, x), best)
            } else if (value > 0) != (previousValue > 0) {
                best = nearer((previousX, x), best)
            }
            previousX = x
            previousValue = value
            x += step
        }
        guard let best else { return .none }
        return .bracket(low: best.low, high: best.high)
    }

    /// The former `xirr` in full, for comparing whole results bit for bit.
    static func referenceXIRR(_ cashFlows: [(date: CalendarDate, amount: Double)]) -> Double? {
        guard cashFlows.contains(where: { $0.amount > 0 }), cashFlows.contains(where: { $0.amount < 0 }),
            let start = cashFlows.map(\.date).min()
        else { return nil }
        let flows = cashFlows.map { (years: Double($0.date - start) / 365, amount: $0.amount) }
        let longest = flows.map(\.years).max() ?? 0
        func presentValue(_ x: Double) -> Double { flows.reduce(0) { $0 + $1.amount * exp(-x * $1.years) } }
        let limit = min(9.0, longest > 0 ? 600 / longest : 9.0)
        let low0: Double, high0: Double
        switch referenceScan(limit: limit, step: 0.01, guess: log(1.1), presentValue: presentValue) {
        case .root(let x): return expm1(x)
        case .none: return nil
        case .bracket(let low, let high): (low0, high0) = (low, high)
        }
        var low = low0, high = high0
        var lowValue = presentValue(low)
        for _ in 0..<200 where high - low > 1e-15 {
            let middle = (low + high) / 2
            let value = presentValue(middle)
            if value == 0 { return expm1(middle) }
            if (value > 0) == (lowValue > 0) {
                low = middle
                lowValue = value
            } else {
                high = middle
            }
        }
        return expm1((low + high) / 2)
    }

    private static func search(_ limit: Double, _ presentValue: @escaping (Double) -> Double) -> XIRRGrid.Outcome {
        var grid = XIRRGrid(limit: limit, step: 0.01, guess: log(1.1), presentValue: presentValue)
        return grid.nearestBracket()
    }

    private static func reference(_ limit: Double, _ presentValue: (Double) -> Double) -> XIRRGrid.Outcome {
        referenceScan(limit: limit, step: 0.01, guess: log(1.1), presentValue: presentValue)
    }

    @Test func oscillatingFunctionsWithManyRoots() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let frequency = random.nextUnit() * 40, phase = random.nextUnit() * 7, offset = random.nextUnit() * 2 - 1
            let limit = [9.0, 3.3, 0.7, 0.02, 0.004][Int(random.next() % 5)]
            let curve = { (x: Double) in sin(frequency * x + phase) + offset }
            #expect(Self.search(limit, curve) == Self.reference(limit, curve))
        }
    }

    @Test func exactZerosOnTheGridAndTies() {
        let grid = XIRRGrid.points(limit: 9, step: 0.01)
        // Zero at single points, on runs of points, on both sides of the guess at equal distance.
        for index in stride(from: 1, to: grid.count, by: 37) {
            let zeroAt = grid[index]
            let single = { (x: Double) in x == zeroAt ? 0 : (x < zeroAt ? -1.0 : 1.0) }
            #expect(Self.search(9, single) == Self.reference(9, single))
            let run = { (x: Double) in abs(x - zeroAt) < 0.035 ? 0 : 1.0 }
            #expect(Self.search(9, run) == Self.reference(9, run))
        }
        let guess = log(1.1)
        for width in [0.01, 0.02, 0.05, 0.3, 4.0] {
            let symmetric = { (x: Double) in abs(x - guess) > width ? 1.0 : -1.0 }
            #expect(Self.search(9, symmetric) == Self.reference(9, symmetric))
        }
        let firstPoint = { (x: Double) in x == -9 ? 0 : 1.0 }
        #expect(Self.search(9, firstPoint) == .root(-9))
        let nowhere = { (_: Double) in 1.0 }
        #expect(Self.search(9, nowhere) == .none)
        let nan = { (x: Double) in x > 1 ? Double.nan : -1.0 }
        #expect(Self.search(9, nan) == Self.reference(9, nan))
    }

    @Test func anExactTieGoesToTheLeftBracketAsInTheScan() {
        // A step of 0.25 around a guess of 0 puts the points exactly symmetric about the guess.
        let curves: [(Double) -> Double] = [
            { abs($0) > 0.6 ? 1 : -1 }, { abs($0) == 0.5 ? 0 : 1 }, { abs($0) < 0.3 ? 0 : -1 },
        ]
        for curve in curves {
            var grid = XIRRGrid(limit: 1, step: 0.25, guess: 0, presentValue: curve)
            let expected = Self.referenceScan(limit: 1, step: 0.25, guess: 0, presentValue: curve)
            #expect(grid.nearestBracket() == expected)
        }
        var grid = XIRRGrid(limit: 1, step: 0.25, guess: 0, presentValue: { abs($0) > 0.6 ? 1 : -1 })
        #expect(grid.nearestBracket() == .bracket(low: -0.75, high: -0.5))
    }

    @Test func cashFlowsLikeTheEngineGivesTheSameRateBitForBit() {
        var random = SplitMix64(seed: 11)
        for round in 0..<60 {
            var flows: [(date: CalendarDate, amount: Double)] = []
            var day = 7306 + Int(random.next() % 1000)
            let trades = 1 + Int(random.next() % UInt64(round < 30 ? 8 : 300))
            for _ in 0..<trades {
                let margin = 1000 + random.nextUnit() * 20_000
                let held = 1 + Int(random.next() % 60)
                flows.append((CalendarDate(daysSinceEpoch: day), -margin))
                flows.append((CalendarDate(daysSinceEpoch: day + held), margin + (random.nextUnit() - 0.45) * margin))
                if random.nextUnit() < 0.2 { flows.append((CalendarDate(daysSinceEpoch: day), -random.nextUnit() * 500)) }
                day += held + Int(random.next() % 5)
            }
            if round % 3 == 0 { flows.shuffle(using: &random) }
            let expected = Self.referenceXIRR(flows)
            let actual = PerformanceMath.xirr(cashFlows: flows)
            #expect(actual?.bitPattern == expected?.bitPattern, "round \(round)")
        }
    }

    @Test func cashFlowsWithSeveralRoots() {
        // −1, +2.3, −1.32 over two years has roots near 10 % and 20 %; vary the middle amount.
        for middle in stride(from: 2.0, through: 2.6, by: 0.01) {
            let flows: [(date: CalendarDate, amount: Double)] = [
                (CalendarDate(daysSinceEpoch: 0), -1), (CalendarDate(daysSinceEpoch: 365), middle),
                (CalendarDate(daysSinceEpoch: 730), -1.32),
            ]
            #expect(PerformanceMath.xirr(cashFlows: flows)?.bitPattern == Self.referenceXIRR(flows)?.bitPattern)
        }
    }
}

