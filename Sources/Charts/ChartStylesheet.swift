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
        @media (prefers-color-scheme: dark) {
        \(darkRules)}

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
