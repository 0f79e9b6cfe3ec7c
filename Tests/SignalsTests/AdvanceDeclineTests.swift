import Testing

@testable import Signals

@Suite struct AdvanceDeclineTests {
    @Test func cumulativeFromFirstCompleteDay() {
        let line = AdvanceDecline.line(
            advances: [nil, 1500, 1800, 1200, nil, 1000],
            declines: [900, 1000, 1300, 1700, 1600, 1100])
        // Starts on day 1 at 500; +500 → 1000; −500 → 500; day 4 missing; −100 → 400.
        #expect(line == [nil, 500, 1000, 500, nil, 400])
    }

    @Test func unequalLengthsTreatTheTailAsMissing() {
        #expect(AdvanceDecline.line(advances: [10, 20, 30], declines: [5]) == [5, nil, nil])
        #expect(AdvanceDecline.line(advances: [], declines: []) == [])
    }

    @Test func isCausal() {
        let advances = randomWalk(count: 30, start: 1500, step: 0.2, seed: 11)
        let declines = randomWalk(count: 30, start: 1500, step: 0.2, seed: 12)
        let full = AdvanceDecline.line(advances: advances, declines: declines)
        for length in 0...30 {
            let partial = AdvanceDecline.line(
                advances: Array(advances.prefix(length)), declines: Array(declines.prefix(length)))
            #expect(partial == Array(full.prefix(length)))
        }
    }
}
