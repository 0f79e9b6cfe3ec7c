/// CSS a site can include so that the charts size well and follow a dark colour scheme.
///
/// The charts already read well on a light background without any CSS: their colours are
/// presentation attributes, which any CSS rule overrides. These rules let a chart shrink with its
/// column, keep sparklines in the line of text, and in a dark scheme swap the two palette colours
/// that are too dark on a dark background (blue for sky blue, sky blue for yellow) and strengthen
/// the gridlines and the profit zone. Axes and text need nothing: they use `currentColor`.
public enum ChartStylesheet {
    /// The rules, ready to append to the site's stylesheet.
    public static let css = """
        svg.cp-chart { display: block; max-width: 100%; height: auto; }
        svg.cp-chart-sparkline { display: inline; vertical-align: middle; }
        \(textSizes)
        @media (prefers-color-scheme: dark) {
        \(darkRules)}

        """

    /// Chart text sizes by width class, for charts that span a column as wide as the viewport
    /// less 2 rem, at most 44 rem (this site's `main`).
    ///
    /// A chart is laid out for 16-unit text (``ChartTypography``), which a phone below 480 px shows
    /// at 11–15 CSS px. Wider screens draw the chart larger, so its text gets fewer units: 12
    /// between 480 and 640 px (11–15 px), 10 from 640 px (12.7–14.7 px in a 44 rem column).
    public static let textSizes = """
        @media (min-width: 30em) { svg.cp-chart { font-size: 12px; } }
        @media (min-width: 40em) { svg.cp-chart { font-size: 10px; } }
        """

    /// The dark-scheme overrides alone, without the media query (for a site that switches schemes
    /// with a class instead).
    public static let darkRules = """
          .cp-line.cp-series-1 { stroke: \(OkabeIto.skyBlue); }
          .cp-area.cp-series-1 { fill: \(OkabeIto.skyBlue); }
          .cp-line.cp-series-6 { stroke: \(OkabeIto.yellow); }
          .cp-area.cp-series-6 { fill: \(OkabeIto.yellow); }
          .cp-grid { stroke-opacity: 0.25; }
          .cp-profit-zone { fill-opacity: 0.3; }

        """
}
