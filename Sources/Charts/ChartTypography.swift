/// The charts' one text size and their font stack (no font is loaded: the reader's own sans-serif
/// is used).
///
/// Every chart text is laid out at ``size`` viewBox units, the size it renders at in the narrowest
/// width class: on a phone a 480-unit chart spans about 360 CSS px, so 16 units render near 12 px.
/// ``ChartStylesheet/css`` sets smaller sizes for wider screens, where the chart is drawn larger,
/// so that text renders between 11 and 16 CSS px at every width. A layout that fits at the largest
/// size fits at every smaller one: each text box only shrinks towards its anchor.
enum ChartTypography {
    static let fontFamily = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"
    /// The size of every chart text, in viewBox units, for layout (and without the stylesheet).
    static let size = 16.0
    static let tickSize = size
    static let titleSize = size
    static let markerSize = size
    static let legendSize = size
    /// The distance between two lines of chart text.
    static let lineHeight = size * 1.25
    /// Offset from a text's vertical centre to its baseline, as a fraction of the font size.
    static let centreToBaseline = 0.35
}
