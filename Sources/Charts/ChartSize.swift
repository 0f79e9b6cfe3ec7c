/// The size of a chart's coordinate system (its `viewBox`); it is drawn at 100 % of its column.
public struct ChartSize: Sendable, Equatable {
    /// The viewBox width.
    public var width: Double
    /// The viewBox height.
    public var height: Double

    /// Creates a size.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// 480 × 320, laid out for 16-unit text (see ``ChartTypography``).
    public static let standard = ChartSize(width: 480, height: 320)
    /// 480 × 80, for the invariant gauge.
    public static let gauge = ChartSize(width: 480, height: 80)
    /// 96 × 24, for a sparkline inside a line of text.
    public static let sparkline = ChartSize(width: 96, height: 24)
}

/// The rectangle where data is drawn, in viewBox coordinates.
struct PlotRect: Sendable, Equatable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    var width: Double { right - left }
    var height: Double { bottom - top }
    var centreX: Double { (left + right) / 2 }
    var centreY: Double { (top + bottom) / 2 }
}
