/// A point in data space: `x` along the horizontal axis, `y` along the vertical one.
public struct ChartPoint: Sendable, Equatable {
    /// The horizontal value (for a payoff chart, the SPX level).
    public var x: Double
    /// The vertical value (for a payoff chart, the P&L).
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Creates a point from an `(x, y)` pair.
    public init(_ x: Double, _ y: Double) {
        self.init(x: x, y: y)
    }

    /// Whether both coordinates are finite.
    public var isFinite: Bool { x.isFinite && y.isFinite }
}
