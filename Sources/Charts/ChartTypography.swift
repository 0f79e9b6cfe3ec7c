/// Font sizes and the font stack shared by every chart (no font is loaded: the reader's own
/// sans-serif is used).
enum ChartTypography {
    static let fontFamily = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"
    static let tickSize = 12.0
    static let titleSize = 12.5
    static let markerSize = 11.0
    static let legendSize = 12.0
    /// Offset from a text's vertical centre to its baseline, as a fraction of the font size.
    static let centreToBaseline = 0.35
}
