import Testing

@testable import Charts

@Suite struct AxisAndLayoutTests {
    @Test func categoryTicksSpreadEvenlyAndKeepBothEnds() {
        #expect(AxisTick.categoryIndices(count: 130, maxTicks: 4) == [0, 43, 86, 129])
        #expect(AxisTick.categoryIndices(count: 3, maxTicks: 6) == [0, 1, 2])
        #expect(AxisTick.categoryIndices(count: 1, maxTicks: 6) == [0])
        #expect(AxisTick.categoryIndices(count: 0, maxTicks: 6) == [])
        #expect(AxisTick.categoryIndices(count: 10, maxTicks: 1) == [0])
    }

    @Test func numberTicksShortenOnlyLargeRoundThousands() {
        #expect(ValueStyle.number.tickLabels([95_000, 100_000, 105_000], step: 5_000) == ["95k", "100k", "105k"])
        #expect(ValueStyle.number.tickLabels([-4_000, -2_000, 0, 2_000], step: 2_000) == ["−4,000", "−2,000", "0", "2,000"])
        #expect(ValueStyle.number.tickLabels([12.5, 13, 13.5], step: 0.5) == ["12.5", "13.0", "13.5"])
        #expect(ValueStyle.percent.tickLabels([-0.04, -0.02, 0], step: 0.02) == ["−4\u{202F}%", "−2\u{202F}%", "0\u{202F}%"])
        #expect(ValueStyle.percent.tickLabels([0.005], step: 0.005) == ["0.5\u{202F}%"])
    }

    @Test func chartIDsAreSanitised() {
        #expect(ChartID("payoff").prefix == "payoff")
        #expect(ChartID("payoff chart#1").prefix == "payoff-chart-1")
        #expect(ChartID("2024-03-15").prefix == "cp-2024-03-15")
        #expect(ChartID("").prefix == "cp-")
        #expect(ChartID("é\"<x>").part("title") == "cp----x--title")
    }

    @Test func markerLabelsNeverOverlapInARow() {
        let requests: [MarkerLabels.Request] = [
            .init(x: 250, text: "spot 4,950", optional: false),
            .init(x: 180, text: "short 4,820", optional: false, anchors: [.right, .centred, .left]),
            .init(x: 350, text: "short 5,080", optional: false, anchors: [.left, .centred, .right]),
            .init(x: 173, text: "BE 4,808", optional: false, anchors: [.left, .centred, .right]),
            .init(x: 357, text: "BE 5,092", optional: false, anchors: [.right, .centred, .left]),
        ]
        let placed = MarkerLabels.place(requests, chartWidth: 480)
        #expect(placed.count == 5)
        for (index, label) in placed.enumerated() {
            for other in placed[(index + 1)...] where other.row == label.row {
                #expect(!label.box.overlaps(other.box), "\(label.text) overlaps \(other.text)")
            }
            for other in placed where other.row <= label.row && other.request != label.request {
                #expect(!other.box.contains(label.x), "line of \(label.text) crosses \(other.text)")
            }
        }
        #expect(MarkerLabels.rowCount(placed) == 2)
    }

    @Test func optionalLabelsAreDroppedWhenNothingFits() {
        let requests: [MarkerLabels.Request] = [
            .init(x: 100, text: "a label that is long", optional: false, anchors: [.centred]),
            .init(x: 101, text: "another long label", optional: true, anchors: [.centred]),
        ]
        #expect(MarkerLabels.place(requests, chartWidth: 200).map(\.text) == ["a label that is long"])
    }
}
