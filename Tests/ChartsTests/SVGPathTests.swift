import Testing

@testable import Charts

@Suite struct SVGPathTests {
    @Test func polylineBreaksAtNonFinitePoints() {
        let points = [
            ChartPoint(0, 0), ChartPoint(1, 1.256), ChartPoint(.nan, 0), ChartPoint(2, 2), ChartPoint(3, -0.001),
            ChartPoint(4, .infinity), ChartPoint(5, 5),
        ]
        #expect(SVGPath.polyline(points).d == "M0 0 L1 1.26 M2 2 L3 0 M5 5 L5 5")
    }

    @Test func areaClosesEachRunOnTheBaseline() {
        let points = [ChartPoint(0, 10), ChartPoint(5, 20), ChartPoint(.nan, 1), ChartPoint(7, 3), ChartPoint(8, 4)]
        #expect(
            SVGPath.area(points, baseline: 30).d
                == "M0 30 L0 10 L5 20 L5 30 Z M7 30 L7 3 L8 4 L8 30 Z")
        #expect(SVGPath.area(points, baseline: .nan).isEmpty)
    }

    @Test func singlePointsBecomeDotsAndNoPointsNothing() {
        #expect(SVGPath.polyline([ChartPoint(1, 1)]).d == "M1 1 L1 1")
        #expect(SVGPath.polyline([]).isEmpty)
        #expect(SVGPath.area([ChartPoint(1, 1)], baseline: 0).isEmpty)
    }
}
