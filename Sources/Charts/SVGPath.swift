/// A builder for the `d` attribute of an SVG `<path>`.
///
/// Coordinates are pixels and are written with ``ChartNumberFormat/coordinate(_:)``. Builders for
/// polylines and areas split the shape wherever a point is not finite, so a `NaN` in the data
/// leaves a gap instead of reaching the output.
public struct SVGPath: Sendable, Equatable {
    /// The path commands written so far.
    public private(set) var commands: [String] = []

    /// Creates an empty path.
    public init() {}

    /// Whether no command has been added.
    public var isEmpty: Bool { commands.isEmpty }

    /// The `d` attribute text, commands separated by single spaces.
    public var d: String { commands.joined(separator: " ") }

    /// Starts a new subpath at (`x`, `y`).
    public mutating func move(toX x: Double, y: Double) {
        commands.append("M" + pair(x, y))
    }

    /// Draws a straight line to (`x`, `y`).
    public mutating func line(toX x: Double, y: Double) {
        commands.append("L" + pair(x, y))
    }

    /// Closes the current subpath.
    public mutating func close() {
        commands.append("Z")
    }

    /// A polyline through `points`, with a new subpath after every run of non-finite points.
    ///
    /// A run of a single finite point becomes a zero-length line (`M x y L x y`), which a stroke
    /// with `stroke-linecap="round"` shows as a dot, so an isolated value stays visible.
    public static func polyline(_ points: [ChartPoint]) -> SVGPath {
        var path = SVGPath()
        for run in finiteRuns(points) {
            path.move(toX: run[0].x, y: run[0].y)
            if run.count == 1 { path.line(toX: run[0].x, y: run[0].y) }
            for point in run.dropFirst() { path.line(toX: point.x, y: point.y) }
        }
        return path
    }

    /// Closed areas between `points` and the horizontal line `y = baseline`, one per run of
    /// finite points.
    public static func area(_ points: [ChartPoint], baseline: Double) -> SVGPath {
        var path = SVGPath()
        guard baseline.isFinite else { return path }
        for run in finiteRuns(points) where run.count >= 2 {
            path.move(toX: run[0].x, y: baseline)
            for point in run { path.line(toX: point.x, y: point.y) }
            path.line(toX: run[run.count - 1].x, y: baseline)
            path.close()
        }
        return path
    }

    /// The maximal runs of consecutive finite points, in order.
    public static func finiteRuns(_ points: [ChartPoint]) -> [[ChartPoint]] {
        var runs: [[ChartPoint]] = []
        var current: [ChartPoint] = []
        for point in points {
            if point.isFinite {
                current.append(point)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private func pair(_ x: Double, _ y: Double) -> String {
        ChartNumberFormat.coordinate(x) + " " + ChartNumberFormat.coordinate(y)
    }
}
