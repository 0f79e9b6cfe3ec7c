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

@Suite struct SVGPathCommandTests {
    @Test func commandsAreTheDTextSplitBeforeEachCommand() {
        var path = SVGPath()
        path.move(toX: 1, y: 2)
        path.line(toX: -3.5, y: 4.004)
        path.close()
        path.move(toX: .nan, y: 1e300)
        #expect(path.d == "M1 2 L-3.5 4 Z M0 90000000000000")
        #expect(path.commands == ["M1 2", "L-3.5 4", "Z", "M0 90000000000000"])
        #expect(!path.isEmpty)
    }

    @Test func aPathBuiltStepByStepEqualsTheSameBuiltAtOnce() {
        let points = (0..<50).map { ChartPoint(Double($0) * 9.75, Double(($0 * 37) % 23) - 11.125) }
        var path = SVGPath()
        path.move(toX: points[0].x, y: points[0].y)
        for point in points.dropFirst() { path.line(toX: point.x, y: point.y) }
        #expect(path == SVGPath.polyline(points))
        #expect(path.commands.count == 50)
        #expect(path.commands.joined(separator: " ") == path.d)
    }

    @Test func finiteRunsSplitAtNonFinitePoints() {
        let points = [ChartPoint(.nan, 0), ChartPoint(1, 1), ChartPoint(2, 2), ChartPoint(3, .infinity), ChartPoint(4, 4)]
        #expect(SVGPath.finiteRuns(points) == [[ChartPoint(1, 1), ChartPoint(2, 2)], [ChartPoint(4, 4)]])
        #expect(SVGPath.finiteRuns([]).isEmpty)
    }
}
