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
}

extension Result {
    /// The error of a failure, nil for a success.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
