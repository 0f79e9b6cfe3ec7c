/// The CSS class names the charts write, so a site's stylesheet can restyle them (dark mode).
///
/// Every chart's root `<svg>` has `cp-chart` and `cp-chart-<kind>` (`payoff`, `gauge`,
/// `vix-layers`, `line`, `drawdown`, `sparkline`). Text and axes use `currentColor`, so they follow
/// the surrounding text colour without any CSS. Data colours are presentation attributes, which any
/// CSS rule overrides; ``ChartStylesheet/css`` is a ready-made set of overrides for a dark scheme.
///
/// Besides the constants below, charts write these classes:
/// - payoff markers: `cp-marker-spot`, `cp-marker-short`, `cp-marker-long`, `cp-marker-breakeven`
///   on both the marker `<line>` (with `cp-marker`) and its `<text>` (with `cp-marker-label`);
/// - VIX thresholds: `cp-threshold-1`, `cp-threshold-2`, on the line and on its legend swatch (so
///   select `line.cp-threshold-1` to restyle only the line);
/// - gauge: `cp-gauge-reading` (text), `cp-gauge-track`, `cp-gauge-growing`, `cp-gauge-within`,
///   `cp-gauge-beyond` (zones), `cp-gauge-band` (threshold line), `cp-gauge-value` (marker group);
/// - sparkline: `cp-sparkline-last` (the dot on the last value).
public enum ChartClass {
    /// The root `<svg>` of every chart.
    public static let chart = "cp-chart"
    /// Gridlines (a group of `<line>` with `stroke` on the group).
    public static let grid = "cp-grid"
    /// An axis group: its line, tick marks, tick labels and title.
    public static let axis = "cp-axis"
    /// Tick label text.
    public static let tickLabel = "cp-tick-label"
    /// An axis title.
    public static let axisTitle = "cp-axis-title"
    /// The group of data shapes, clipped to the plot area.
    public static let data = "cp-data"
    /// A data line (`stroke`); combined with ``series(_:)``.
    public static let line = "cp-line"
    /// A filled data area (`fill`); combined with ``series(_:)``.
    public static let area = "cp-area"
    /// The horizontal line at zero.
    public static let zeroLine = "cp-zero-line"
    /// A vertical or horizontal reference marker (break-even, strike, spot, threshold).
    public static let marker = "cp-marker"
    /// The text of a marker.
    public static let markerLabel = "cp-marker-label"
    /// The legend group.
    public static let legend = "cp-legend"
    /// The payoff chart's profit zone (`fill`).
    public static let profitZone = "cp-profit-zone"
    /// The shaded days when ALVH layer 1 was active (`fill`).
    public static let layer1 = "cp-layer-1"
    /// The shaded days when ALVH layer 2 was active (`fill`).
    public static let layer2 = "cp-layer-2"

    /// The class of the series at `index` (0-based): `cp-series-1`, `cp-series-2`, …
    public static func series(_ index: Int) -> String {
        "cp-series-\(index + 1)"
    }
}
