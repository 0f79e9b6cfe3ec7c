/// The Okabe–Ito palette: eight colours that stay distinct for the common forms of colour blindness.
///
/// Charts write these as default `fill`/`stroke` attributes so that an SVG reads well on its own;
/// a page's CSS overrides them through the class names in ``ChartClass``.
public enum OkabeIto {
    /// Orange, `#E69F00`.
    public static let orange = "#E69F00"
    /// Sky blue, `#56B4E9`.
    public static let skyBlue = "#56B4E9"
    /// Bluish green, `#009E73`.
    public static let bluishGreen = "#009E73"
    /// Yellow, `#F0E442` (too light for lines on white; used for nothing by default).
    public static let yellow = "#F0E442"
    /// Blue, `#0072B2`.
    public static let blue = "#0072B2"
    /// Vermillion, `#D55E00`.
    public static let vermillion = "#D55E00"
    /// Reddish purple, `#CC79A7`.
    public static let reddishPurple = "#CC79A7"
    /// Black, `#000000`.
    public static let black = "#000000"

    /// Colours for data series in order: series 1 is blue, series 2 vermillion, and so on.
    public static let seriesColours = [blue, vermillion, bluishGreen, reddishPurple, orange, skyBlue]

    /// The default colour of the series at `index` (0-based), cycling through ``seriesColours``.
    public static func seriesColour(_ index: Int) -> String {
        seriesColours[((index % seriesColours.count) + seriesColours.count) % seriesColours.count]
    }
}
