/// CSS a site can include so that the charts follow a dark colour scheme.
///
/// The charts already read well on a light background without any CSS; these rules only lighten
/// the data colours that are too dark on a dark background, and let a chart shrink with its
/// column. Axes and text need nothing: they use `currentColor`.
public enum ChartStylesheet {
    /// The rules, one per line, ready to append to the site's stylesheet.
    public static let css = """
        .cp-chart { display: block; max-width: 100%; height: auto; }
        .cp-sparkline { display: inline-block; vertical-align: middle; }
        @media (prefers-color-scheme: dark) {
          .cp-line.cp-series-1, .cp-marker.cp-series-1 { stroke: \(OkabeIto.skyBlue); }
          .cp-area.cp-series-1, .cp-legend .cp-series-1 { fill: \(OkabeIto.skyBlue); }
          .cp-line.cp-series-2 { stroke: \(OkabeIto.orange); }
          .cp-area.cp-series-2 { fill: \(OkabeIto.orange); }
          .cp-grid { stroke-opacity: 0.25; }
        }

        """
}
