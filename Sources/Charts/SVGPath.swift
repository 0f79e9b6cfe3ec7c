/// A builder for the `d` attribute of an SVG `<path>`.
///
/// Coordinates are pixels and are written with ``ChartNumberFormat/coordinate(_:)``. Builders for
/// polylines and areas split the shape wherever a point is not finite, so a `NaN` in the data
/// leaves a gap instead of reaching the output.
///
/// The path is kept as its finished `d` text, each command a letter followed by its coordinates,
/// commands separated by single spaces; ``polyline(_:)`` and ``area(_:baseline:)`` write it as bytes
/// in one buffer.
public struct SVGPath: Sendable, Equatable {
    /// The `d` attribute text, commands separated by single spaces.
    public private(set) var d: String = ""

    /// Creates an empty path.
    public init() {}

    /// The path commands written so far, such as `M1 2`, `L3 4` and `Z`.
    public var commands: [String] {
        // Only a command starts with a letter: coordinates are digits, `-` and `.`.
        var result: [String] = []
        for token in d.split(separator: " ") {
            if let first = token.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) {
                result.append(String(token))
            } else if !result.isEmpty {
                result[result.count - 1] += " " + token
            }
        }
        return result
    }

    /// Whether no command has been added.
    public var isEmpty: Bool { d.isEmpty }

    /// Starts a new subpath at (`x`, `y`).
    public mutating func move(toX x: Double, y: Double) {
        append(command: "M", x, y)
    }

    /// Draws a straight line to (`x`, `y`).
    public mutating func line(toX x: Double, y: Double) {
        append(command: "L", x, y)
    }

    /// Closes the current subpath.
    public mutating func close() {
        d += d.isEmpty ? "Z" : " Z"
    }

    /// A polyline through `points`, with a new subpath after every run of non-finite points.
    ///
    /// A run of a single finite point becomes a zero-length line (`M x y L x y`), which a stroke
    /// with `stroke-linecap="round"` shows as a dot, so an isolated value stays visible.
    public static func polyline(_ points: [ChartPoint]) -> SVGPath {
        var writer = UTF8Writer(capacity: points.count * 16)
        forEachFiniteRun(points) { run in
            writer.appendPathCommand(UInt8(ascii: "M"), run[run.startIndex].x, run[run.startIndex].y)
            if run.count == 1 { writer.appendPathCommand(UInt8(ascii: "L"), run[run.startIndex].x, run[run.startIndex].y) }
            for point in run.dropFirst() { writer.appendPathCommand(UInt8(ascii: "L"), point.x, point.y) }
        }
        return SVGPath(d: writer.string)
    }

    /// Closed areas between `points` and the horizontal line `y = baseline`, one per run of
    /// finite points.
    public static func area(_ points: [ChartPoint], baseline: Double) -> SVGPath {
        guard baseline.isFinite else { return SVGPath() }
        var writer = UTF8Writer(capacity: (points.count + 2) * 16)
        forEachFiniteRun(points) { run in
            guard run.count >= 2 else { return }
            writer.appendPathCommand(UInt8(ascii: "M"), run[run.startIndex].x, baseline)
            for point in run { writer.appendPathCommand(UInt8(ascii: "L"), point.x, point.y) }
            writer.appendPathCommand(UInt8(ascii: "L"), run[run.endIndex - 1].x, baseline)
            writer.appendPathClose()
        }
        return SVGPath(d: writer.string)
    }

    /// The maximal runs of consecutive finite points, in order.
    public static func finiteRuns(_ points: [ChartPoint]) -> [[ChartPoint]] {
        var runs: [[ChartPoint]] = []
        forEachFiniteRun(points) { runs.append(Array($0)) }
        return runs
    }

    /// Calls `body` with each maximal run of consecutive finite points, in order, without copying.
    private static func forEachFiniteRun(_ points: [ChartPoint], _ body: (ArraySlice<ChartPoint>) -> Void) {
        var start = points.startIndex
        while start < points.endIndex {
            guard points[start].isFinite else {
                start += 1
                continue
            }
            var end = start + 1
            while end < points.endIndex && points[end].isFinite { end += 1 }
            body(points[start..<end])
            start = end
        }
    }

    private init(d: String) {
        self.d = d
    }

    private mutating func append(command letter: String, _ x: Double, _ y: Double) {
        if !d.isEmpty { d += " " }
        d += letter + ChartNumberFormat.coordinate(x) + " " + ChartNumberFormat.coordinate(y)
    }
}

extension UTF8Writer {
    /// Appends the path command `letter` (`M` or `L`) with the point (`x`, `y`), after a space
    /// unless it is the first.
    fileprivate mutating func appendPathCommand(_ letter: UInt8, _ x: Double, _ y: Double) {
        if !isEmpty { append(ascii: UInt8(ascii: " ")) }
        append(ascii: letter)
        appendCoordinate(x)
        append(ascii: UInt8(ascii: " "))
        appendCoordinate(y)
    }

    /// Appends the close-path command `Z`, after a space unless it is the first.
    fileprivate mutating func appendPathClose() {
        if !isEmpty { append(ascii: UInt8(ascii: " ")) }
        append(ascii: UInt8(ascii: "Z"))
    }
}
