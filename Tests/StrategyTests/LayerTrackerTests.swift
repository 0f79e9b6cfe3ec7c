import Testing

@testable import Publishing

@testable import Strategy

@Suite("ALVH layer state machine")
struct LayerTrackerTests {
    private func feed(_ closes: [Double]) -> (layers: [Int], events: [[LayerEvent]]) {
        var tracker = LayerTracker(parameters: StrategyParameters())
        var layers: [Int] = []
        var events: [[LayerEvent]] = []
        for close in closes {
            events.append(tracker.update(vix: close))
            layers.append(tracker.currentLayer)
        }
        return (layers, events)
    }

    @Test func activatesAtTheThresholdInclusive() {
        let result = feed([17.99, 18, 24.99, 25])
        #expect(result.layers == [0, 1, 1, 2])
        #expect(result.events[1] == [.activated(layer: 1, threshold: 18)])
        #expect(result.events[3] == [.activated(layer: 2, threshold: 25)])
    }

    @Test func jumpActivatesBothLayersTheSameDayLayerOneFirst() {
        let result = feed([15, 37])
        #expect(result.events[1] == [.activated(layer: 1, threshold: 18), .activated(layer: 2, threshold: 25)])
        #expect(result.layers == [0, 2])
    }

    @Test func standsDownOnTheThirdConsecutiveCloseBelowThresholdMinusGap() {
        // Below 16 twice, then 16 exactly (not below: resets), then three below.
        let result = feed([19, 15.9, 15.5, 16, 15.9, 15.0, 14.2, 13])
        #expect(result.layers == [1, 1, 1, 1, 1, 1, 0, 0])
        #expect(result.events[6] == [.stoodDown(layer: 1, level: 16, closes: 3)])
        #expect(result.events[7].isEmpty)
    }

    @Test func closesBetweenTheGapAndTheThresholdNeitherCountNorActivate() {
        let result = feed([18.5, 17, 16.5, 16.1, 17.9, 15, 15, 17, 15, 15, 15])
        #expect(result.layers == [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0])
    }

    @Test func layerTwoStandsDownWhileLayerOneStays() {
        let result = feed([26, 22.9, 22, 21])
        #expect(result.layers == [2, 2, 2, 1])
        #expect(result.events[3] == [.stoodDown(layer: 2, level: 23, closes: 3)])
    }

    @Test func reactivatesAfterStandingDown() {
        let result = feed([18, 15, 15, 15, 18.2])
        #expect(result.layers == [1, 1, 1, 0, 1])
        #expect(result.events[4] == [.activated(layer: 1, threshold: 18)])
    }

    @Test func engineRecordsStandDownOnTheThirdCloseBelowSixteen() {
        var vix = Array(repeating: 15.0, count: 40)
        vix += [20, 17, 15.5, 15.9, 15.2, 14]
        let spx = Array(repeating: 2000.0, count: vix.count)
        let run = EngineTestSupport.engine.run(series: TestMarkets.scenario(spx: spx, vix: vix), profile: .steward)
        let rules = run.records.map(\.rules)
        #expect(rules[40].first == .alvhLayer1)
        #expect(!rules[42].contains(.alvhStandDown) && !rules[43].contains(.alvhStandDown))
        #expect(rules[44].first == .alvhStandDown)
        #expect(run.records[44].layer == 0 && run.records[43].layer == 1)
        #expect(
            run.records[44].explanations.first
                == "The VIX closed at 15.20, the 3rd close in a row below 16, so ALVH layer 1 stands down and its "
                + "hedge is sold at \(ExplanationNumbers.points(run.records[44].hedges[0].price)) VIX points per spread against "
                + "\(ExplanationNumbers.points(run.records[44].hedges[0].premium)) VIX points paid.")
        #expect(run.records[44].hedges.map(\.status) == [.closed])
    }
}
