/// Rough text widths for layout, since a static SVG cannot measure its own text.
///
/// The estimate follows the proportions of DejaVu Sans, among the widest common sans-serif fonts,
/// so that labels laid out with it do not collide in narrower ones either.
enum TextMetrics {
    /// The estimated width of `text` at `fontSize`, in the same units.
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for character in text {
            switch character {
            case "i", "j", "l", ".", ",", ":", ";", "'", "|", "!", "I", " ", "(", ")", "f", "t", "r", "-":
                ems += 0.34
            case "0"..."9", "$", "?":
                ems += 0.64
            case "+", "=", "−", "<", ">", "~", "&":
                ems += 0.84
            case "m", "w", "M", "W", "%", "@":
                ems += 0.95
            case "A"..."Z":
                ems += 0.72
            default:
                ems += 0.6
            }
        }
        return ems * fontSize
    }

    /// `text` cut to fit `maxWidth` at `fontSize`, with an ellipsis where it was cut.
    static func truncated(_ text: String, fontSize: Double, maxWidth: Double) -> String {
        guard width(text, fontSize: fontSize) > maxWidth else { return text }
        var kept = ""
        for character in text {
            if width(kept + String(character) + "…", fontSize: fontSize) > maxWidth { break }
            kept.append(character)
        }
        return kept + "…"
    }
}
