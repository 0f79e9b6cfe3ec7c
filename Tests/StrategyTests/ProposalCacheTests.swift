import MarketData
import Testing

@testable import Strategy

@Suite struct ProposalCacheTests {
    @Test func buildsOncePerSessionAndLayer() throws {
        let day = try #require(CalendarDate(iso: "2024-03-05"))
        var cache = ProposalCache()
        var builds = 0
        let build = { () -> Result<CondorProposal, EntryRefusal> in
            builds += 1
            return .failure(.noStrikes(spot: Double(builds)))
        }
        let first = cache.proposal(on: day, layer: 0, build: build)
        let again = cache.proposal(on: day, layer: 0, build: build)
        let otherLayer = cache.proposal(on: day, layer: 1, build: build)
        let otherDay = cache.proposal(on: day.adding(days: 1), layer: 0, build: build)
        #expect(builds == 3)
        #expect(try #require(first.failure) == .noStrikes(spot: 1))
        #expect(try #require(again.failure) == .noStrikes(spot: 1))
        #expect(try #require(otherLayer.failure) == .noStrikes(spot: 2))
        #expect(try #require(otherDay.failure) == .noStrikes(spot: 3))
    }

    /// Profiles run one by one over a prepared series (each on its own thread in a build, without
    /// the proposals the others built) give exactly the runs of `runAll`, which shares them.
    @Test(arguments: [5, 21])
    func singleRunsOfAPreparedSeriesEqualTheSharedRuns(seed: UInt64) {
        let series = TestMarkets.generated(seed: seed, sessions: 400)
        let engine = EngineTestSupport.engine
        let prepared = engine.prepare(series)
        let single = Profile.allCases.map { engine.run(prepared, profile: $0) }
        #expect(single == engine.runAll(series: series))
        #expect(single.map(\.profile) == Profile.allCases)
    }
}

extension Result {
    /// The error of a failure, nil for a success.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
